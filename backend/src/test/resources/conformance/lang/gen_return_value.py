# Generator return values via StopIteration.value
def producer(items):
    count = 0
    for item in items:
        yield item
        count += 1
    return count
g = producer("abc")
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as stop:
        print("produced", values, "return value:", stop.value)
        break
def no_return():
    yield 1
g2 = no_return()
next(g2)
try:
    next(g2)
except StopIteration as stop:
    print("no explicit return:", stop.value, stop.args)
def early_exit(n):
    for i in range(n):
        if i == 2:
            return "stopped at 2"
        yield i
def collect(gen):
    result = yield from gen
    return ("collected", result)
c = collect(early_exit(10))
print(list(c))
c2 = collect(early_exit(10))
try:
    while True:
        print("item", next(c2))
except StopIteration as e:
    print("outer return:", e.value)
