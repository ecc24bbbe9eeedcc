# Nested loops with break/continue and flags
grid = [
    [1, 2, 3, 4],
    [5, 6, -7, 8],
    [9, 10, 11, 12],
]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val < 0:
            found = (r, c)
            break
    if found:
        break
print("negative at", found)
for row in grid:
    for val in row:
        if val % 3 == 0:
            continue
        print(val, end=" ")
    print("| row done")
triples = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print(i, j)
        j += 1
    i += 1
