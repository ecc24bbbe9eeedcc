# Scopes: local, global, builtins shadowing
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    increment()
print("counter:", counter)
x = "global x"
def reader():
    return x
def shadow():
    x = "local x"
    return x
print(reader(), shadow(), x)
def set_config(key, value):
    global CONFIG
    CONFIG = {key: value}
set_config("debug", True)
print(CONFIG)
def outer():
    y = "outer y"
    def inner():
        return y + " seen from inner"
    return inner()
print(outer())
def uses_builtin():
    return len([1, 2, 3])
def shadows_builtin():
    len = lambda s: -1
    return len([1, 2, 3])
print(uses_builtin(), shadows_builtin(), len("abc"))
total = 100
def compute(values):
    total = 0
    for v in values:
        total += v
    return total
print(compute([1, 2, 3]), total)
