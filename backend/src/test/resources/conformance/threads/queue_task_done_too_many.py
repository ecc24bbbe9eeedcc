# Calling task_done more often than put raises ValueError
import queue

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("fresh queue:", repr(e))
q.put(1)
q.put(2)
q.get()
q.task_done()
print("unfinished:", q.unfinished_tasks)
q.task_done()         # allowed: counts puts, not gets
print("unfinished:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("one too many:", e)
q.join()
print("join returns at once; items still queued:", q.qsize())
