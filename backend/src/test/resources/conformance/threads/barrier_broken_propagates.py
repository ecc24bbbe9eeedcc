# Once broken, every wait raises until reset
import threading

b = threading.Barrier(3)
b.abort()
lock = threading.Lock()
results = []

def worker(i):
    try:
        b.wait()
        r = "ok"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        results.append((i, r))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
b.reset()
results.clear()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
