# Re-raising and exception chaining (caught)
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
def load(text):
    try:
        return parse_port(text)
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)
        print("  context is cause:", e.__context__ is e.__cause__)
        return None
print(load("8080"), load("eighty"))
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__)
def reraise():
    try:
        [].pop()
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__cause__, e.__context__)
