# Threads finish in an order forced with events; joins wait for each one
import threading

events = [threading.Event() for _ in range(4)]
order = []

def step(i):
    events[i].wait()
    order.append(i)
    if i > 0:
        events[i - 1].set()   # let the previous one go next

threads = [threading.Thread(target=step, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
events[3].set()
for t in threads:
    t.join()
print("completion order:", order)
