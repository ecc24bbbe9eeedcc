# Slicing ranges yields ranges
r = range(0, 50, 5)
print(r[1:4], r[::2], r[::-1], r[-3:], r[1:8:3], r[5:1:-2])
print(list(r[1:4]), list(r[::-1])[:3])
print(range(10)[3:100], range(10)[-100:2], range(10)[20:30])
print(repr(range(3)), str(range(1, 4)), repr(range(1, 10, 2)))
print(type(range(3)), isinstance(range(3), range))
print(range(1, 10, 2)[2], range(10, 0, -1)[0], range(10, 0, -1)[-1])
print(len(range(0, -10, -3)), list(range(0, -10, -3)))
r2 = range(5)
print(r2 == range(0, 5), bool(range(0)), bool(range(1)))
try:
    print(range(3)[5])
except IndexError as e:
    print("IndexError:", e)
