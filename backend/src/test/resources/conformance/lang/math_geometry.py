# Geometry helpers built on math
import math
def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
def polygon_area(points):
    s = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
def circle(r):
    return math.pi * r * r, 2 * math.pi * r
print(distance((0, 0), (3, 4)), round(distance((1, 1), (4, 5)), 6))
print(polygon_area([(0, 0), (4, 0), (4, 3)]), polygon_area([(0, 0), (2, 0), (2, 2), (0, 2)]))
for r in [1, 2.5, 10]:
    a, c = circle(r)
    print(r, round(a, 4), round(c, 4))
hexagon = [(round(math.cos(k * math.pi / 3), 9), round(math.sin(k * math.pi / 3), 9)) for k in range(6)]
print(hexagon)
print(round(polygon_area(hexagon), 6), round(3 * math.sqrt(3) / 2, 6))
print(math.floor(math.log(1000, 10) + 1e-9), math.ceil(math.sqrt(50)))
print(math.gcd(math.factorial(10), 2 ** 20), math.isqrt(math.factorial(10)))
