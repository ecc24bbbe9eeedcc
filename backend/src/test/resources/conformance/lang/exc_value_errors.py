# ValueError messages
def check(label, fn):
    try:
        print(label, "->", fn())
    except ValueError as e:
        print(label, "-> ValueError:", e)
check("int x", lambda: int("x"))
check("int float str", lambda: int("3.5"))
check("int empty", lambda: int(""))
check("int base 16", lambda: int("xyz", 16))
check("float", lambda: float("abc"))
check("float empty", lambda: float(""))
def unpack3():
    a, b, c = [1, 2]
def unpack2():
    a, b = [1, 2, 3]
def unpack_star():
    a, b, *c = [1]
def unpack_str():
    x, y = "abc"
check("not enough", unpack3)
check("too many", unpack2)
check("starred", unpack_star)
check("string unpack", unpack_str)
check("remove", lambda: [1, 2].remove(3))
check("index", lambda: [1, 2].index(9))
check("list index str", lambda: ["a"].index("b"))
check("str index", lambda: "abc".index("z"))
check("max empty", lambda: max([]))
check("min empty", lambda: min(()))
check("max default", lambda: max([], default=0))
check("range step", lambda: range(0, 5, 0))
check("split empty sep", lambda: "a b".split(""))
check("chr range", lambda: chr(-1))
check("double sign", lambda: int("--1"))
check("dict from bad seq", lambda: dict([(1, 2, 3)]))
check("format spec", lambda: format(1, "q"))
