# put() blocks on a full queue and get() blocks on an empty one
import queue
import threading

q = queue.Queue(maxsize=2)
received = []

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        received.append(item)

def producer():
    for i in range(10):
        q.put(i)       # blocks whenever two items are pending
    q.put(None)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("received:", received)
print("empty at end:", q.empty())
