# Insertion order, merging with |, and |=
d = {}
for key in ["zeta", "alpha", "mu", "beta"]:
    d[key] = len(key)
print(d, list(d))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
defaults = {"color": "red", "size": "M", "qty": 1}
override = {"size": "L", "gift": True}
merged = defaults | override
print(merged)
print(override | defaults)
config = dict(defaults)
config |= {"qty": 3}
print(config)
print({**defaults, **override, "extra": None})
print(d == {"mu": 2, "beta": 4, "alpha": 100, "zeta": 0}, list(d) == ["mu", "beta", "alpha", "zeta"])
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
print(list(reversed(d)), list(reversed(d.items())))
