# Dictionary views are live
d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, len(keys))
d["d"] = 4
print(keys, values, items)
print("a" in keys, 3 in values, ("b", 2) in items, ("b", 3) in items)
print(sorted(values), sum(values), max(keys))
print(list(zip(keys, values)))
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d, keys)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
