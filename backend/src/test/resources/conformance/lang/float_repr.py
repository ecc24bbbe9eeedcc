# Shortest repr of floats
values = [0.1 + 0.2, 1e16, 1e-5, 1 / 3, 2 / 3, 1e15, 123456789.0, 1e22, 1.5e-7,
          0.1, 100.0, 3.0, -0.0, 2.5, 1e100, 12345678901234567890.0, 0.000123, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(1e308 * 10, -1e308 * 10)
print(float(10 ** 20), float(2 ** 53 + 1))
print(3.0 * 1.1, 1.1 + 2.2, 0.7 * 3)
print(sum([0.1] * 10), 0.1 * 10)
print(2 ** 0.5, 10 ** 0.5, 8 ** (1 / 3))
print(float(7), float("  .5"), float("5."), float("-0"))
print(1.0 == int(1.0), 1.5 == int(1.5))
print(9007199254740993.0)
