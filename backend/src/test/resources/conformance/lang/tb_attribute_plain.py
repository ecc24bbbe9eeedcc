# AttributeError on an instance with no similar attribute
class Foo:
    def __init__(self):
        self.x = 1

    def __repr__(self):
        return f"Foo(x={self.x})"

f = Foo()
print(f, f.x)
print(f.bar)
