class K:
    def __init__(self, v, h): self.v = v; self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return isinstance(o, K) and self.v == o.v
d = {}
for i in range(12):
    d[K(i, i % 2)] = i
    print(len(d), K(i, i % 2) in d)
print(d.get(K(3, 1)), d.get(K(99, 1)))
del d[K(1, 1)]
print([k.v for k in d])
d[K(1, 1)] = "back"
print([(k.v, v) for k, v in d.items()])
e = {}
for i in range(20):
    e["k" + str(i)] = i
    if i % 3 == 0:
        del e["k" + str(i)]
print(e, len(e))
e.clear()
e["a"] = 1
print(e, e.copy(), {**e, "b": 2})
f = {1: 1, True: 2, 1.0: 3}
print(f)
g = dict.fromkeys("abcdefghij")
for k in "acegi":
    g.pop(k)
g.update(x=1, y=2, z=3, w=4, v=5, u=6)
print(g, list(g.values()))
class O: pass
o = O()
for i in range(15):
    setattr(o, "a" + str(i), i)
    if i % 4 == 0:
        delattr(o, "a" + str(i))
print(o.__dict__)
