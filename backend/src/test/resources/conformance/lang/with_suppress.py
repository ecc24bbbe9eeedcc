# __exit__ returning True suppresses exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  no exception")
            return False
        if issubclass(exc_type, self.types):
            print(f"  suppressed {exc_type.__name__}: {exc}")
            self.caught = exc
            return True
        print(f"  letting {exc_type.__name__} propagate")
        return False
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after first block")
with Suppress(ZeroDivisionError, ValueError) as s:
    int("abc")
print("caught object:", repr(s.caught))
with Suppress(KeyError):
    print("  quiet body")
try:
    with Suppress(KeyError):
        [].pop()
except IndexError as e:
    print("outer caught", repr(e))
def f():
    with Suppress(Exception):
        return "returned inside with"
print(f())
for i in range(3):
    with Suppress(ArithmeticError):
        print("  dividing by", i - 1, "->", 10 / (i - 1))
