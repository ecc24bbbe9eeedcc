# join() on a queue with no unfinished tasks returns immediately
import queue
import threading

q = queue.Queue()
q.join()
print("joined an unused queue")
q.put("job")
q.get()
finished = threading.Event()

def joiner():
    q.join()
    finished.set()

t = threading.Thread(target=joiner)
t.start()
print("joiner finished before task_done:", finished.wait(0.02))
q.task_done()
t.join()
print("joiner finished after task_done:", finished.is_set())
