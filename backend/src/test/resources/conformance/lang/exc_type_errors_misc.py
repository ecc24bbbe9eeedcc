# Assorted TypeErrors: subscripting, hashing, iteration, unpacking
def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", result)
    except TypeError as e:
        print(label, "TypeError:", e)
five = 5
nothing = None
nums = [1, 2]
pair = (1, 2)
text = "abc"
attempt("subscript int", lambda: five[0])
attempt("subscript none", lambda: nothing["k"])
attempt("subscript func", lambda: attempt[1])
attempt("list index str", lambda: nums["0"])
attempt("tuple index float", lambda: pair[1.0])
attempt("str index none", lambda: text[None])
attempt("hash list", lambda: hash([1, 2]))
attempt("dict key list", lambda: {[1]: 2})
attempt("set of dicts", lambda: {1, {}})
attempt("set add list", lambda: set().add([1]))
attempt("iterate int", lambda: [x for x in 42])
attempt("iter none", lambda: iter(None))
attempt("next on list", lambda: next([1, 2]))
attempt("unpack int", lambda: [a for a, b in [1]])
attempt("sorted mixed", lambda: sorted([3, "a", 1]))
attempt("join ints", lambda: ",".join([1, 2]))
attempt("sum strings", lambda: sum(["a", "b"]))
attempt("float of list", lambda: float([1]))
attempt("bad isinstance", lambda: isinstance(1, "int"))
def unpack_int():
    a, b = 7
attempt("unpack stmt", unpack_int)
def tuple_assign():
    t = (1, 2)
    t[0] = 5
attempt("tuple assign", tuple_assign)
def tuple_del():
    t = (1, 2)
    del t[0]
attempt("tuple del", tuple_del)
