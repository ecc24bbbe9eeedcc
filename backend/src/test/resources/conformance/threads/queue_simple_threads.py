# SimpleQueue between threads
import queue
import threading

inbox = queue.SimpleQueue()
outbox = queue.SimpleQueue()

def doubler():
    while True:
        n = inbox.get()
        if n is None:
            outbox.put(None)
            return
        outbox.put(n * 2)

t = threading.Thread(target=doubler)
t.start()
for n in range(1, 6):
    inbox.put(n)
inbox.put(None)
results = []
while True:
    r = outbox.get()
    if r is None:
        break
    results.append(r)
t.join()
print(results)
print(inbox.empty(), outbox.empty())
