# Frames that finished stay as they were for whoever still holds them: a frame object kept
# after its call returned, an exception (with its traceback) kept after it was caught, while
# the same functions are called again and again with other arguments.
import sys


def inner():
    return sys._getframe()


def outer(a, b):
    total = a + b
    fr = inner()
    return fr


def caught(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return e


def helper(n):
    local_value = n * 2
    return local_value


kept = outer(1, 2)
saved = caught(0)
for i in range(1, 50):
    outer(i, i)
    caught(i)
    helper(i)

print(kept.f_code.co_name, kept.f_lineno)
print(sorted(kept.f_locals.items()))
print(type(saved).__name__, saved)
tb = saved.__traceback__
while tb is not None:
    print("line", tb.tb_lineno)
    tb = tb.tb_next


def recurse(n):
    if n == 0:
        return sys._getframe()
    return recurse(n - 1)


deep = recurse(3)
for i in range(20):
    recurse(2)
print(deep.f_code.co_name, sorted(deep.f_locals.items()))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(18), [helper(i) for i in range(5)])


def undefined_in(value):
    missing_nam = value
    try:
        return value + missing_name
    except NameError as e:
        return e


err = undefined_in(1)
for i in range(10):
    undefined_in(i)
print(repr(err))
raise err
