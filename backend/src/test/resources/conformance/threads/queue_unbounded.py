# maxsize 0 or negative means unbounded
import queue

for size in (0, -1, -10):
    q = queue.Queue(size)
    for i in range(1000):
        q.put_nowait(i)
    print(size, "->", q.qsize(), q.full(), q.maxsize)
q = queue.Queue(maxsize=1000)
for i in range(1000):
    q.put_nowait(i)
print("bounded 1000 ->", q.qsize(), q.full())
