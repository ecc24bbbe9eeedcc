# Arithmetic and comparison dunders on a Vector
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
a = Vector(3, 4)
b = Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, -a, abs(a))
print(a == Vector(3, 4), a == b, a != b, a == (3, 4))
print(a < b, b < a, sorted([a, b, Vector(0, 1)]))
print(max([a, b]), min([a, b]))
print(bool(Vector(0, 0)), bool(a))
print(len({a, Vector(3, 4), b}))
print(hash(a) == hash(Vector(3, 4)))
total = Vector(0, 0)
for v in [a, b, Vector(10, 10)]:
    total += v
print(total)
print({Vector(1, 1): "one-one"}[Vector(1, 1)])
