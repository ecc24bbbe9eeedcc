# Per-thread counters in a local do not interfere
import threading

tls = threading.local()
totals = {}
lock = threading.Lock()
barrier = threading.Barrier(4)

def count(name, steps):
    tls.count = 0
    barrier.wait()          # all threads are running together
    for _ in range(steps):
        tls.count += 1
    barrier.wait()
    with lock:
        totals[name] = tls.count

threads = [threading.Thread(target=count, args=(n, s)) for n, s in (("a", 100), ("b", 250), ("c", 7), ("d", 0))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals.items()))
print("main has count:", hasattr(tls, "count"))
