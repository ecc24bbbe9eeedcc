# sys._getframe: the running frame, its code, line, caller and locals.
import sys


def where():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, caller.f_code.co_name, caller.f_lineno


def outer(x):
    y = x * 2
    f = sys._getframe()
    print(sorted((k, v) for k, v in f.f_locals.items() if k != "f"))
    print(f.f_back.f_code.co_name, f.f_globals is globals())
    return where()


print(outer(5))
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)
print(sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
