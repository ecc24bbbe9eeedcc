# isinstance, issubclass, type, hasattr, getattr, setattr
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
class Bird(Animal):
    legs = 2
b = Bird("tweety")
print(isinstance(b, Bird), isinstance(b, Animal), isinstance(b, (Animal, int)), isinstance(b, (int, str)))
print(isinstance(3, (int, float)), isinstance(3.0, int), isinstance("s", str), isinstance(None, (int, str)))
print(isinstance(True, int), isinstance([], (tuple, list)), isinstance({}, dict))
print(issubclass(Bird, Animal), issubclass(Animal, Bird), issubclass(bool, (str, int)), issubclass(int, bool))
print(type(b) is Bird, type(b) == Animal, type(b).__name__, type(3) is int)
print(hasattr(b, "name"), hasattr(b, "legs"), hasattr(b, "wings"))
print(getattr(b, "name"), getattr(b, "legs"), getattr(b, "wings", 0), getattr(Bird, "legs"))
setattr(b, "wings", 2)
setattr(b, "name", "Tweety")
print(b.wings, b.name)
for attr in ["name", "legs", "wings", "beak"]:
    print(attr, "=", getattr(b, attr, "<missing>"))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    return type(x).__name__
print([describe(x) for x in [True, 7, [1, 2], (1,), "s", 2.0, None, {}]])
print(type(type(3)), type(int), type(Bird))
