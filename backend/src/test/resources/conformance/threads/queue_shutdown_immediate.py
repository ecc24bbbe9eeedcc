# shutdown(immediate=True) discards items and releases join()
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print("unfinished before:", q.unfinished_tasks)
joined = threading.Event()

def joiner():
    q.join()
    joined.set()

t = threading.Thread(target=joiner)
t.start()
print("join done before shutdown:", joined.wait(0.01))
q.shutdown(immediate=True)
t.join()
print("join done after shutdown:", joined.is_set())
print("qsize:", q.qsize(), "unfinished:", q.unfinished_tasks)
try:
    q.get()
except queue.ShutDown:
    print("get -> ShutDown at once")
