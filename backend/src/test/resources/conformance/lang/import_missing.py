# Optional imports with fallbacks
def try_import(name):
    try:
        if name == "math":
            import math
            return "math loaded, pi=" + str(round(math.pi, 3))
        if name == "nosuch":
            import nosuch
        if name == "nosuchmodule":
            import nosuchmodule
        if name == "sys":
            import sys
            return "sys loaded"
    except ModuleNotFoundError as e:
        return f"{type(e).__name__}: {e}"
for name in ["math", "nosuch", "sys", "nosuchmodule"]:
    print(name, "->", try_import(name))
try:
    from nosuch import thing
except ImportError as e:
    print("from-import:", type(e).__name__, e)
