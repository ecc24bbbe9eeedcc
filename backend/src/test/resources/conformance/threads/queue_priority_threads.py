# Producers fill a PriorityQueue; one consumer drains it after they finish
import queue
import threading

pq = queue.PriorityQueue()

def producer(base):
    for k in range(3):
        pq.put((base + k * 10, f"p{base}-{k}"))

producers = [threading.Thread(target=producer, args=(b,)) for b in (3, 1, 2)]
for t in producers:
    t.start()
for t in producers:
    t.join()
seq = 0
while True:
    try:
        prio, name = pq.get_nowait()
    except queue.Empty:
        break
    print(prio, name)
