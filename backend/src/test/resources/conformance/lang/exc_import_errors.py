# ImportError and ModuleNotFoundError
try:
    import nosuch
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print("repr:", repr(e))
try:
    import nosuchmodule
except ImportError as e:
    print("caught as ImportError:", type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
try:
    from sys import not_a_thing
except ImportError as e:
    print("ImportError:", e)
try:
    from math import nosuchfunction
except ImportError as e:
    print("from math:", type(e).__name__, isinstance(e, ModuleNotFoundError))
import math
print("math still works:", math.sqrt(16))
def optional_feature():
    try:
        import fancy_accelerator
        return "fast"
    except ImportError:
        return "slow fallback"
print(optional_feature())
