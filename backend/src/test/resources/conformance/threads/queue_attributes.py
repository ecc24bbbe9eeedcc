# Public attributes of a Queue
import queue

q = queue.Queue(5)
print("maxsize:", q.maxsize)
print("unfinished_tasks:", q.unfinished_tasks)
print("is_shutdown:", q.is_shutdown)
q.put("a")
q.put("b")
print("queue contents:", list(q.queue))
print("unfinished_tasks:", q.unfinished_tasks)
with q.mutex:
    print("mutex held:", q.mutex.locked())
print("mutex free:", not q.mutex.locked())
print(type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__)
print(type(q.mutex).__name__)
