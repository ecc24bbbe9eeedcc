# send() into generators: running averages and accumulators
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average
avg = averager()
print(next(avg))
for v in [10, 20, 30, 45]:
    print("sent", v, "average", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final:", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo: {received}"
e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
e.close()
try:
    e.send("after close")
except StopIteration:
    print("closed generator raises StopIteration")
def fresh():
    x = yield 1
    yield x
f = fresh()
try:
    f.send("too early")
except TypeError as err:
    print("TypeError:", err)
