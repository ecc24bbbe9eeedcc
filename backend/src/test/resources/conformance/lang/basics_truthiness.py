# Truth values of many objects
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"a": 1}, None, True, False, range(0), range(3)]
for v in values:
    label = "truthy" if v else "falsy"
    print(repr(v).ljust(12), label)
print(bool(set()), bool({0}))
print(not 0, not "x")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print([] or [1], "" and "never")
def check(x):
    print("check", x)
    return x
print(check(0) and check(1))
print(check(1) or check(2))
print(check(1) and check(2) and check(3))
result = check(None) or check(0) or check("")
print(repr(result))
