# Getters blocked on an empty queue are woken with ShutDown
import queue
import threading

q = queue.Queue()
lock = threading.Lock()
outcomes = []
started = threading.Semaphore(0)

def getter(i):
    started.release()
    try:
        item = q.get()
        result = "item %r" % (item,)
    except queue.ShutDown as e:
        result = "ShutDown " + repr(e)
    with lock:
        outcomes.append((i, result))

threads = [threading.Thread(target=getter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
q.shutdown()
for t in threads:
    t.join()
for row in sorted(outcomes):
    print(row)
