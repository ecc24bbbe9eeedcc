# Dictionary basics
ages = {"alice": 30, "bob": 25}
ages["carol"] = 35
ages["alice"] += 1
print(ages, len(ages), ages["bob"])
print("bob" in ages, "dave" in ages, "dave" not in ages)
print(ages.get("dave"), ages.get("dave", 0), ages.get("bob", 0))
print(list(ages.keys()), list(ages.values()), list(ages.items()))
print(ages.keys(), ages.values(), ages.items())
for name, age in ages.items():
    print(name, "is", age)
del ages["bob"]
print(ages)
print(ages.pop("carol"), ages.pop("zed", "missing"), ages)
ages.update({"eve": 22, "alice": 40})
ages.update(frank=50)
ages.update([("gina", 19)])
print(ages)
print(ages.setdefault("alice", 0), ages.setdefault("hal", 1), ages)
print(ages.popitem(), ages)
c = ages.copy()
c.clear()
print(c, ages)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict())
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
print({1: "a", 1.0: "b", True: "c"})
