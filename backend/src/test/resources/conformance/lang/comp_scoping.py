# Comprehension scoping rules
x = 10
squares = [x * x for x in range(4)]
print(squares, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
factor = 3
print([n * factor for n in range(4)])
class Config:
    base = 100
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Config.doubled)
def outer():
    items = [1, 2, 3]
    offset = 10
    return [i + offset for i in items]
print(outer())
total = sum([y for y in range(5)])
try:
    print(y)
except NameError as e:
    print("NameError:", e)
g = (z for z in range(3))
print(list(g))
nested = [[a for a in range(b)] for b in range(4)]
print(nested)
