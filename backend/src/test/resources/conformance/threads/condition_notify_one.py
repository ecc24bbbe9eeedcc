# notify() wakes one waiter at a time, in the order they started waiting
import threading
import queue

cond = threading.Condition()
woken = queue.Queue()
ready = [threading.Event() for _ in range(4)]

def waiter(i):
    with cond:
        ready[i].set()
        cond.wait()
    woken.put(i)

threads = []
for i in range(4):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    ready[i].wait()
    with cond:          # acquirable only once waiter i is inside wait()
        pass
    threads.append(t)
order = []
for _ in range(4):
    with cond:
        cond.notify()
    order.append(woken.get())
for t in threads:
    t.join()
print("wake order:", order)
