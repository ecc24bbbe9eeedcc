# queue.Queue is first-in first-out
import queue

q = queue.Queue()
for item in ("a", 1, (2, 3), None, [4]):
    q.put(item)
print("size:", q.qsize())
while not q.empty():
    print(repr(q.get()))
print("empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)
