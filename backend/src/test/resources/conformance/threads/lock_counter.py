# Shared counter protected by a lock
import threading

counter = 0
lock = threading.Lock()

def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

threads = [threading.Thread(target=increment, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final counter:", counter)
print("expected:", 8 * 2000)
print("lock free at end:", not lock.locked())
