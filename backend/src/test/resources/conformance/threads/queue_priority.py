# PriorityQueue returns the smallest item first
import queue

q = queue.PriorityQueue()
for n in (3, 1, 2, 5, 4, 1):
    q.put(n)
print([q.get() for _ in range(q.qsize())])
jobs = queue.PriorityQueue()
jobs.put((2, "write report"))
jobs.put((1, "fix outage"))
jobs.put((3, "lunch"))
jobs.put((1, "call boss"))
while not jobs.empty():
    priority, task = jobs.get()
    print(priority, task)
print(issubclass(queue.PriorityQueue, queue.Queue))
