# Barrier.wait returns a distinct index 0..parties-1 to each thread
import threading

b = threading.Barrier(4)
print("parties:", b.parties, "waiting:", b.n_waiting, "broken:", b.broken)
lock = threading.Lock()
indexes = []

def worker():
    i = b.wait()
    with lock:
        indexes.append(i)

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
main_index = b.wait()
for t in threads:
    t.join()
indexes.append(main_index)
print("indexes:", sorted(indexes))
print("after: waiting", b.n_waiting, "broken", b.broken)
