# Hashing ints and tuples of ints
print(hash(0), hash(1), hash(-1), hash(-2), hash(42))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash((1, 2)), hash((1, 2)) == hash((1, 2)))
print(hash(()), hash((0,)))
print(hash(10 ** 20) == hash(10 ** 20))
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
seen = set()
for pair in [(1, 2), (2, 1), (1, 2), (3, 3)]:
    if pair in seen:
        print("duplicate", pair)
    seen.add(pair)
print(len(seen))
