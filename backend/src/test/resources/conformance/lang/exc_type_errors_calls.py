# TypeError messages from bad calls
def f(a, b):
    return a + b
def g(a, *, key):
    return a, key
def h(x, y=2, *args, z):
    return x
class Widget:
    def __init__(self, name):
        self.name = name
    def resize(self, w, h):
        return w * h
number = 5
nothing = None
text = "text"
tests = [
    ("too many", lambda: f(1, 2, 3)),
    ("missing one", lambda: f(1)),
    ("missing two", lambda: f()),
    ("unexpected kw", lambda: f(1, 2, z=3)),
    ("multiple values", lambda: f(1, a=2)),
    ("kwonly missing", lambda: g(1)),
    ("kwonly positional", lambda: g(1, 2)),
    ("h missing", lambda: h()),
    ("h kw missing", lambda: h(1)),
    ("init args", lambda: Widget()),
    ("init too many", lambda: Widget("a", "b")),
    ("method missing", lambda: Widget("w").resize(1)),
    ("method too many", lambda: Widget("w").resize(1, 2, 3)),
    ("not callable int", lambda: number()),
    ("not callable none", lambda: nothing()),
    ("not callable str", lambda: text()),
    ("lambda args", lambda: (lambda x: x)(1, 2)),
    ("len of int", lambda: len(5)),
    ("len arity", lambda: len([1], [2])),
    ("int of list", lambda: int([1])),
]
for label, t in tests:
    try:
        t()
    except TypeError as e:
        print(f"{label:18}", e)
