# yield from delegation and return values
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"
def outer():
    r1 = yield from inner(2)
    print("  got:", r1)
    r2 = yield from inner(3)
    print("  got:", r2)
    yield from "ab"
    yield from [10, 20]
    return "outer done"
g = outer()
for v in g:
    print("value", v)
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]], 7])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain(range(3), "xy", (True, None))))
def wrapper():
    result = yield from outer()
    yield result
print(list(wrapper()))
