# abort() breaks the barrier until reset()
import threading
import time

b = threading.Barrier(2)
errors = []

def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errors.append(repr(e))

t = threading.Thread(target=waiter)
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
b.abort()
t.join()
print("waiter got:", errors)
print("broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on aborted barrier: BrokenBarrierError")
b.abort()
print("abort twice, still broken:", b.broken)
b.reset()
print("after reset, broken:", b.broken)
t = threading.Thread(target=b.wait)
t.start()
print("pair meets, my index:", b.wait() in (0, 1))
t.join()
