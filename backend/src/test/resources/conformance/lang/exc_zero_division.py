# ZeroDivisionError variants
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("divmod(2.0, 0)", lambda: divmod(2.0, 0)),
]
for text, op in ops:
    try:
        print(text, "=", op())
    except ZeroDivisionError as e:
        print(f"{text:14} ZeroDivisionError: {e}")
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        return None
print(average([1, 2, 3]), average([]))
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught:", type(e).__name__, isinstance(e, ZeroDivisionError))
