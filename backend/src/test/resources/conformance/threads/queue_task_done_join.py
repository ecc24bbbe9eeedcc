# join() waits until every put item is marked done
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        with lock:
            results.append(item * 2)
        q.task_done()

for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(20):
    q.put(i)
q.join()
print("unfinished after join:", q.unfinished_tasks)
print("results:", sorted(results))
print("count:", len(results))
