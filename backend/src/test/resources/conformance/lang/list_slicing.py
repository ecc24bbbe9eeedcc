# Slicing and slice assignment
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[-3:-1], a[8:2:-2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = "xyz"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[::3]
print(a)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], matrix[1][::-1], matrix[::-1][0])
print(a[100:], a[-100:2])
