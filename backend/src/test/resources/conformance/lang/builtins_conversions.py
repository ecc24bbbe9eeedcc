# Type conversion builtins
print(int("12") + int(3.9), float("2.5") * 2, str(12) + str(3.0))
print(bool(""), bool("False"), bool(0.0), bool([None]))
print(list("abc"), tuple([1, 2]), set([2, 1, 2]), dict([("a", 1)]))
print(list(range(3)), list({"x": 1, "y": 2}.items()), tuple("hi"))
print(repr(1), repr("1"), repr([1, "1"]), repr(None))
print(chr(97), ord("a"), hex(4096), bin(5), format(64, "o"))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True))
print(type(range(1)), type(lambda: 0).__name__)
class Celsius:
    pass
print(type(Celsius()).__name__, Celsius.__name__)
print(int(" -0012 "), float(" 1_000.5 "), int("1_000"))
values = ["1", "2.5", "three", "4"]
converted = []
for v in values:
    try:
        converted.append(int(v))
    except ValueError:
        try:
            converted.append(float(v))
        except ValueError:
            converted.append(v)
print(converted)
