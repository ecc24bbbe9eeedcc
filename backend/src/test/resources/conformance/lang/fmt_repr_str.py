# repr vs str of built-in values in formatting
values = ["text", 'it\'s', 42, 3.0, None, True, [1, "two"], (3,), {"k": [1]}, range(3), slice(1, 2)]
for v in values:
    print(f"{v!s:>14} | {v!r}")
print(str("a\nb"), repr("a\nb"))
print([str(1), repr("1")], ("x",), ())
print({"nested": {"deep": ["a", ("b", None)]}})
print([1.0, 2.5, 1e-8, float("inf")])
print(repr(repr("x")))
print(f"{'x'!r:>5}|", "%r" % "y")
print(str(-0.0), str(1_000), repr(10 ** 21), repr(1e21))
