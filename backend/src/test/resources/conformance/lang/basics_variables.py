# Basic assignment forms
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print("swapped:", x, y)
first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
*head, tail = "hello"
print(head, tail)
p, (q, r) = 1, (2, 3)
print(p, q, r)
[m, n] = (5, 6)
print(m + n)
data = [0, 1, 2, 3, 4, 5, 6, 7]
data[2] = 99
print(data)
data[1:4] = ["a", "b"]
print(data)
data[::2] = [None] * len(data[::2])
print(data)
del data[0]
print(data)
del data[-2:]
print(data)
class Box:
    pass
box = Box()
box.width = 3
box.height = 4
box.area = box.width * box.height
print(box.width, box.height, box.area)
counter = 0
counter += 5
counter -= 2
counter *= 10
counter //= 4
counter **= 2
counter %= 17
print("counter:", counter)
name = "Ada"
name += " Lovelace"
print(name)
