# LifoQueue is a stack
import queue

q = queue.LifoQueue()
for item in (3, 1, 2):
    q.put(item)
print([q.get() for _ in range(3)])
s = queue.LifoQueue(maxsize=2)
s.put("bottom")
s.put("top")
print("full:", s.full())
try:
    s.put_nowait("over")
except queue.Full:
    print("Full")
print(s.get_nowait(), s.get_nowait())
try:
    s.get_nowait()
except queue.Empty:
    print("Empty")
print(issubclass(queue.LifoQueue, queue.Queue))
