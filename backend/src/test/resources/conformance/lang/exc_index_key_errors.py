# IndexError and KeyError
def test(label, fn):
    try:
        print(label, fn())
    except IndexError as e:
        print(label, "IndexError:", e)
    except KeyError as e:
        print(label, "KeyError:", e, repr(e), e.args)
test("list", lambda: [1, 2, 3][3])
test("list neg", lambda: [1, 2, 3][-4])
test("tuple", lambda: (1,)[1])
test("string", lambda: "abc"[10])
test("empty pop", lambda: [].pop())
test("pop index", lambda: [1].pop(5))
test("range", lambda: range(3)[3])
test("nested", lambda: [[1], [2]][1][1])
test("dict", lambda: {"a": 1}["x"])
test("dict int", lambda: {1: 2}[0])
test("dict tuple", lambda: {}[(1, 2)])
test("dict pop", lambda: {}.pop("gone"))
test("popitem", lambda: {}.popitem())
test("set remove", lambda: {1}.remove(2))
test("set pop", lambda: set().pop())
test("empty str key", lambda: {"a": 1}[""])
def assign_out_of_range():
    lst = [0]
    lst[1] = 5
test("assign", assign_out_of_range)
def del_missing():
    d = {"a": 1}
    del d["b"]
test("del", del_missing)
try:
    {"k": 1}["missing"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
