# AttributeError messages
class Foo:
    def __init__(self):
        self.bar_value = 1
    def method(self):
        return "m"
f = Foo()
tests = [
    lambda: f.bar,
    lambda: f.metod(),
    lambda: Foo.missing,
    lambda: (5).real_part,
    lambda: "text".push("x"),
    lambda: [1, 2].push(3),
    lambda: None.attr,
    lambda: {}.add(1),
    lambda: (1, 2).append(3),
    lambda: setattr(5, "x", 1),
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(f, "bar", "default-bar"), hasattr(f, "bar"), hasattr(f, "bar_value"))
try:
    del f.nothing
except AttributeError as e:
    print("del:", e)
class Frozen:
    @property
    def size(self):
        return 3
fr = Frozen()
try:
    fr.size = 4
except AttributeError as e:
    print("property:", e)
