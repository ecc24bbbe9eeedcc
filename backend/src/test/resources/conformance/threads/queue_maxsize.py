# A bounded queue reports full() and refuses put_nowait when full
import queue

q = queue.Queue(maxsize=2)
print("maxsize:", q.maxsize)
q.put("x")
print("full after 1:", q.full())
q.put("y")
print("full after 2:", q.full(), "qsize:", q.qsize())
try:
    q.put_nowait("z")
except queue.Full as e:
    print("put_nowait:", type(e).__name__, repr(e))
try:
    q.put("z", block=False)
except queue.Full:
    print("put(block=False): Full")
try:
    q.put("z", False, 5)
except queue.Full:
    print("put(block=False, timeout=5): Full immediately")
print(q.get(), q.full())
q.put("z")
print([q.get() for _ in range(q.qsize())])
