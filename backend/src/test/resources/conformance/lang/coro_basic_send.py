# Driving coroutines by hand with send(None)
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    print("  inside compute:", x, y)
    return x * y
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine did not finish in one step")
print(run(add(20, 22)))
print(run(compute()))
c = compute()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
async def nothing():
    pass
print(run(nothing()))
async def raiser():
    raise ValueError("from coroutine")
try:
    run(raiser())
except ValueError as e:
    print("ValueError:", e)
