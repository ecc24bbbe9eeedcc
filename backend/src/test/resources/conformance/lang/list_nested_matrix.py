# Matrix helpers with nested lists
def make_matrix(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))
    print()

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
show(transpose(a))
show(multiply(a, b))
ident = make_matrix(3, 3)
for i in range(3):
    ident[i][i] = 1
show(ident)
wrong = [[0] * 3] * 3
wrong[0][0] = 5
print(wrong)
right = make_matrix(3, 3)
right[0][0] = 5
print(right)
print(sum(sum(row) for row in multiply(a, b)))
print([row[::-1] for row in a][::-1])
