# release(n) adds n permits and wakes up to n waiters
import threading

sem = threading.Semaphore(0)
sem.release(3)
print([sem.acquire(False) for _ in range(4)])

gate = threading.Semaphore(0)
lock = threading.Lock()
passed = []
waiting = threading.Semaphore(0)

def worker(i):
    waiting.release()
    gate.acquire()
    with lock:
        passed.append(i)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in range(5):
    waiting.acquire()
gate.release(2)
gate.release(3)
for t in threads:
    t.join()
print("passed:", sorted(passed))
print("no permits left:", gate.acquire(False))
