# Eight waiters that queued in a known order are released one by one in FIFO order
import threading
import queue
import time

cond = threading.Condition()
woken = queue.Queue()
NAMES = ["ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal"]
waiting = []

def waiter(name):
    with cond:
        waiting.append(name)
        cond.wait()
    woken.put(name)

threads = []
for name in NAMES:
    t = threading.Thread(target=waiter, args=(name,))
    t.start()
    while True:                 # poll until this waiter is inside wait()
        with cond:
            if name in waiting:
                break
        time.sleep(0.001)
    threads.append(t)
order = []
for _ in NAMES:
    with cond:
        cond.notify()
    order.append(woken.get())
for t in threads:
    t.join()
print(order)
print(order == NAMES)
