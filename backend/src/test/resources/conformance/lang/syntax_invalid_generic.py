# A dangling operator at the end of an expression
a = 1
b = 2
items = [a, b, a + b]
print(items)

def add(x, y):
    return x + y

total = a +
print(total, add(a, b))
