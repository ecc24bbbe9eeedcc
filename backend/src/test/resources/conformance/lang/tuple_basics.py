# Tuples: packing, unpacking, immutability
point = (3, 4)
x, y = point
print(point, x, y, len(point))
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single), type(not_tuple))
empty = ()
print(empty, len(empty), bool(empty))
t = 1, 2, 3
print(t, t[0], t[-1], t[1:], t[::-1])
print(t + (4,), t * 2, 2 in t, 5 not in t, len(t * 3))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3], "s")
nested[1].append(4)
print(nested)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2, 3) > (1, 2), max([(1, "b"), (1, "a")]))
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([5, 2, 9, 1])
print(lo, hi)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
first, *rest = (10, 20, 30)
print(first, rest)
print(repr(((1,),)), ((),), tuple())
