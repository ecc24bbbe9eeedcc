# Rich comparisons drive sorting, min and max
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)
versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2", "0.9.9", "2.0", "1.2.10"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
a, b = Version("1.2.0"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == Version("1.2.0"), a != b)
print(Version("3.0") in versions, Version("2.0") in versions)
print(len(set(versions)), len({Version("1.0"), Version("1.0")}))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), max(items), OnlyLt(5) > OnlyLt(4))
