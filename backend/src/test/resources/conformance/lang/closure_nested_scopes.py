# Three levels of nested functions and nonlocal
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = accumulator()
for v in [5, 10, 20]:
    print("count", add(v))
print("total", total())
def make_toggle():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = make_toggle()
print([t() for _ in range(5)])
def rate_limiter(limit):
    used = 0
    def allow(name):
        nonlocal used
        if used >= limit:
            return f"{name}: denied"
        used += 1
        return f"{name}: ok ({used}/{limit})"
    return allow
allow = rate_limiter(2)
for who in ["a", "b", "c"]:
    print(allow(who))
