# unhashable types and len() of unsized objects
keys = [[1, 2], {"a": 1}, {1, 2}, (1, [2])]
for k in keys:
    try:
        d = {k: "value"}
    except TypeError as e:
        print("TypeError:", e)
for obj in [5, 3.5, None, True]:
    try:
        len(obj)
    except TypeError as e:
        print("TypeError:", e)
class Thing:
    pass
try:
    len(Thing())
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    x = [1, 2] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
print((1, 2) in {(1, 2): 3}, hash((1, (2, 3))) == hash((1, (2, 3))))
