# A gallery-sized program for bench/ws_load.sh: two producers and two consumers share a bounded
# queue, a lock guards the tally, and the main thread joins them all.
import threading
import queue

q = queue.Queue(maxsize=4)
lock = threading.Lock()
eaten = []


def producer(name, n):
    for i in range(n):
        q.put((name, i))
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            eaten.append(item)


threads = [threading.Thread(target=producer, args=("p%d" % k, 20)) for k in range(2)]
threads += [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(eaten), "items")
