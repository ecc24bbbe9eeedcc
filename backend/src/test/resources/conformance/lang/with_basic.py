# Context managers with __enter__ and __exit__
class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False
with Tag("html"):
    with Tag("body"):
        with Tag("p") as p:
            print("  " * Tag.depth + "text inside " + p.name)
        with Tag("ul"), Tag("li"):
            print("  " * Tag.depth + "item")
class Timer:
    def __enter__(self):
        self.entered = True
        return "the target value"
    def __exit__(self, *args):
        print("exit args:", args)
with Timer() as value:
    print("as-target:", value)
with Timer():
    pass
