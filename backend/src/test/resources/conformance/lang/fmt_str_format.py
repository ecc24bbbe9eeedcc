# str.format with positional, keyword, index and attribute fields
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Lin", age=40))
print("{0[0]} and {0[2]}".format(["x", "y", "z"]))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("Point({0.x}, {0.y})".format(p))
print("x={p.x} y={p.y}".format(p=p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:%}".format(3.14159, 9876543, 3054, 0.5))
print("{0:{1}}|".format("pad", 7))
print("{:{fill}{align}{width}}".format("z", fill="~", align="^", width=9))
print("{!r} {!s}".format("s", "s"))
print("{{}} {}".format("braces"))
template = "{title}: {count:3d} units at ${price:7.2f}"
for t, c, pr in [("Bolts", 120, 0.15), ("Nuts", 7, 0.05), ("Gears", 15, 12.5)]:
    print(template.format(title=t, count=c, price=pr))
print("{} {}".format(*["star", "args"]), "{a}-{b}".format(**{"a": 1, "b": 2}))
