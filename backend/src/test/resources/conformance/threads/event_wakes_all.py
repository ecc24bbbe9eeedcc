# set() wakes every waiting thread
import threading

start = threading.Event()
lock = threading.Lock()
arrived = threading.Semaphore(0)
woke = []

def waiter(i):
    arrived.release()
    result = start.wait()
    with lock:
        woke.append((i, result))

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
print("woke before set:", woke)
start.set()
for t in threads:
    t.join()
print("woke:", sorted(woke))
