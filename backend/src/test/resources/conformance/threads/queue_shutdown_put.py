# put() after shutdown() raises ShutDown
import queue

q = queue.Queue(2)
q.put("a")
q.shutdown()
for label, call in (("put", lambda: q.put("b")),
                    ("put_nowait", lambda: q.put_nowait("b")),
                    ("put(timeout)", lambda: q.put("b", timeout=0.01))):
    try:
        call()
    except queue.ShutDown as e:
        print(label, "->", type(e).__name__, repr(e))
print("still can drain:", q.get())
lq = queue.LifoQueue()
lq.shutdown()
try:
    lq.put(1)
except queue.ShutDown:
    print("LifoQueue put -> ShutDown")
pq = queue.PriorityQueue()
pq.shutdown()
try:
    pq.get()
except queue.ShutDown:
    print("PriorityQueue get -> ShutDown")
