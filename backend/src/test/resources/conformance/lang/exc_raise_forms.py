# Different ways to raise
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("with message")
def raise_custom_str():
    class Weird(Exception):
        def __str__(self):
            return "weird things happened"
    raise Weird("ignored arg")
def raise_in_except():
    try:
        raise KeyError("a")
    except KeyError as e:
        raise e
for fn in [raise_class, raise_instance, raise_custom_str, raise_in_except]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, repr(str(e)), e.args)
try:
    raise TypeError("bad type") from ValueError("root")
except TypeError as e:
    print(e, "<-", repr(e.__cause__))
def check(value):
    if not isinstance(value, int):
        raise TypeError(f"expected int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"expected non-negative, got {value}")
    return value
for v in [3, -1, "3", 2.0, None]:
    try:
        print(check(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print("raise non-exception:", e)
