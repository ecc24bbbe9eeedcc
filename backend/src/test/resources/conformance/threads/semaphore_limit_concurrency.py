# A Semaphore(3) lets at most three threads into the section at once
import threading

sem = threading.Semaphore(3)
inside_together = threading.Barrier(3)   # forces exactly three inside at a time
lock = threading.Lock()
current = 0
max_seen = 0
done = []

def worker(i):
    global current, max_seen
    with sem:
        with lock:
            current += 1
            max_seen = max(max_seen, current)
        inside_together.wait()
        with lock:
            current -= 1
            done.append(i)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max concurrent:", max_seen)
print("finished:", sorted(done))
print("inside at end:", current)
