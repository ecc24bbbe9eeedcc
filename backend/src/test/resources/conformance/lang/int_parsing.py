# int() parsing from strings and floats
print(int("42"), int("  12 "), int("-7"), int("+9"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36))
print(int("1_000"), int(3.99), int(-3.99), int(True))
print(int(1e20), int(2.5e3))
print(int("000123"))
samples = ["12", "3.5", "abc", "", " 7 ", "1e3", "0x10"]
for s in samples:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "->", "ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int("g", 16)
except ValueError as e:
    print(e)
print(str(123), str(-0), str(10 ** 20))
print(float("3.25"), float(" -1.5 "), float("inf"), float("-inf"))
