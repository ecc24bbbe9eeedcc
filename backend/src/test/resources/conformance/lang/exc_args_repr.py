# args, str() and repr() of exceptions
samples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError(""),
    KeyError("x"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    TypeError(None),
    RuntimeError("multi\nline"),
    OSError("oops"),
    ZeroDivisionError("custom zero"),
    StopIteration(),
    StopIteration(42),
    AssertionError("checked"),
    NotImplementedError(),
]
for e in samples:
    print(f"{type(e).__name__:20} args={e.args!r:22} str={str(e)!r:18} repr={e!r}")
e = ValueError("first")
e.args = ("changed", 1)
print(e, repr(e))
class Quiet(Exception):
    pass
print(repr(Quiet()), repr(Quiet("q")), str(Quiet(1, 2)))
print(isinstance(KeyError("k"), LookupError), isinstance(KeyError("k"), IndexError))
