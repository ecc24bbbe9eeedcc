# Producers and consumers with tiny sleeps; totals are still exact
import queue
import random
import threading
import time

random.seed(3)
delays = [round(random.random() * 0.002, 4) for _ in range(30)]
q = queue.Queue(maxsize=4)
consumed_total = [0, 0]

def producer(offset):
    for i in range(15):
        time.sleep(delays[offset + i])
        q.put(offset + i)

def consumer(k):
    while True:
        item = q.get()
        if item is None:
            return
        consumed_total[k] += item

producers = [threading.Thread(target=producer, args=(o,)) for o in (0, 15)]
consumers = [threading.Thread(target=consumer, args=(k,)) for k in (0, 1)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print("sum consumed:", sum(consumed_total))
print("expected:", sum(range(30)))
