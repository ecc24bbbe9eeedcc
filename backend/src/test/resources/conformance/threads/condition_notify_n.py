# notify(n) wakes up to n waiters, oldest first
import threading
import queue

cond = threading.Condition()
woken = queue.Queue()
ready = [threading.Event() for _ in range(6)]

def waiter(i):
    with cond:
        ready[i].set()
        cond.wait()
    woken.put(i)

threads = []
for i in range(6):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    ready[i].wait()
    with cond:
        pass
    threads.append(t)

with cond:
    cond.notify(2)
print("notify(2):", sorted([woken.get(), woken.get()]))
with cond:
    cond.notify(3)
print("notify(3):", sorted([woken.get(), woken.get(), woken.get()]))
with cond:
    cond.notify(10)
print("notify(10):", [woken.get()])
with cond:
    cond.notify(5)     # nobody left: no effect
    cond.notify_all()
for t in threads:
    t.join()
print("queue empty:", woken.empty())
