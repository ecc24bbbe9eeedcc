# Threads sleep different amounts but an Event chain fixes the output order
import threading
import time

turns = [threading.Event() for _ in range(3)]
out = []

def worker(i, nap):
    time.sleep(nap)
    turns[i].wait()
    out.append("worker %d (napped %.2f)" % (i, nap))
    if i + 1 < len(turns):
        turns[i + 1].set()

threads = [threading.Thread(target=worker, args=(i, nap)) for i, nap in enumerate((0.03, 0.0, 0.01))]
for t in threads:
    t.start()
turns[0].set()
for t in threads:
    t.join()
print("\n".join(out))
