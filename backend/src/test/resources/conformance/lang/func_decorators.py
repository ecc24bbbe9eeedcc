# Decorators without functools
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} returned {result!r}")
        return result
    return wrapper
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@trace
def add(a, b):
    return a + b
@repeat(3)
def greet(name):
    return "hi " + name
@count_calls
def noop():
    return None
@trace
@repeat(2)
def double(x):
    return x * 2
add(2, 3)
print(greet("sam"))
for _ in range(5):
    noop()
print("noop calls:", noop.calls)
double(21)
print(add.__name__, greet.__name__)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), [registry[k]() for k in sorted(registry)])
