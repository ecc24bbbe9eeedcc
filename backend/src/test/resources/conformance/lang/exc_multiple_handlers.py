# Multiple except clauses and tuples of exception types
def risky(kind):
    if kind == 1:
        return [1, 2][5]
    if kind == 2:
        return {"a": 1}["b"]
    if kind == 3:
        return int("nope")
    if kind == 4:
        return 1 / 0
    if kind == 5:
        raise NotImplementedError("later")
    if kind == 6:
        raise TimeoutError("too slow")
    if kind == 7:
        raise OSError("disk on fire")
    return "fine"
for kind in range(8):
    try:
        result = risky(kind)
    except (IndexError, KeyError) as e:
        print(kind, "lookup problem:", type(e).__name__, e)
    except ValueError as e:
        print(kind, "value problem:", e)
    except ArithmeticError as e:
        print(kind, "math problem:", e)
    except RuntimeError as e:
        print(kind, "runtime problem:", type(e).__name__, e)
    except OSError as e:
        print(kind, "os problem:", type(e).__name__, e)
    else:
        print(kind, "result:", result)
print(issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError))
print(issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    raise KeyError("first")
except Exception as e:
    print("Exception catches", type(e).__name__)
