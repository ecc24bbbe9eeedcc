# Late binding in closures and how to capture values
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def make_late():
    out = []
    for n in range(3):
        out.append(lambda x: x + n)
    return out
print([a(10) for a in make_late()])
def outer():
    value = "first"
    def show():
        return value
    value = "second"
    return show
print(outer()())
multipliers = [lambda x, k=k: x * k for k in range(1, 4)]
print([m(5) for m in multipliers])
