# reset() breaks current waiters, then the barrier works again
import threading
import time

b = threading.Barrier(3)
lock = threading.Lock()
outcomes = []

def waiter(tag):
    try:
        idx = b.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "broken"
    with lock:
        outcomes.append((tag, result))

first = [threading.Thread(target=waiter, args=("first-%d" % i,)) for i in range(2)]
for t in first:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
print("waiting before reset:", b.n_waiting)
b.reset()
for t in first:
    t.join()
print(sorted(outcomes))
print("broken after reset:", b.broken, "waiting:", b.n_waiting)
outcomes.clear()
second = [threading.Thread(target=waiter, args=("second-%d" % i,)) for i in range(3)]
for t in second:
    t.start()
for t in second:
    t.join()
print(sorted(outcomes))
