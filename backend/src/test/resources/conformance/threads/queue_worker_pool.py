# A pool of workers stops when each receives a None sentinel
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()

def worker(wid):
    handled = 0
    while True:
        n = tasks.get()
        if n is None:
            results.put(("done", wid, handled))
            break
        results.put(("square", n, n * n))
        handled += 1

workers = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for w in workers:
    w.start()
for n in range(12):
    tasks.put(n)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
squares = []
done = []
total_handled = 0
while not results.empty():
    kind, a, b = results.get()
    if kind == "square":
        squares.append((a, b))
    else:
        done.append(a)
        total_handled += b
print(sorted(squares))
print("workers done:", sorted(done), "handled:", total_handled)
