# __eq__ and __hash__ interplay in sets and dicts
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return False
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
unique = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))
lookup = {Point(0, 0): "origin"}
print(lookup[Point(0, 0)], Point(0, 0) in lookup, Point(1, 1) in lookup)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == "P(1,2)", Point(1, 2) != Point(2, 1))
print(pts.count(Point(1, 2)), pts.index(Point(2, 1)))
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
print(NoHash(1) == NoHash(1), NoHash(1) in [NoHash(1)])
class Ident:
    pass
a = Ident()
print(a == a, a == Ident(), len({a, a}))
