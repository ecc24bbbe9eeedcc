# Condition built on a plain Lock
import threading

lock = threading.Lock()
cond = threading.Condition(lock)
ready = []

def worker():
    with cond:
        ready.append("work")
        cond.notify()

with cond:
    print("lock is held through the condition:", lock.locked())
    t = threading.Thread(target=worker)
    t.start()
    while not ready:
        cond.wait()
    print("got:", ready, "lock held again:", lock.locked())
t.join()
print("after with:", lock.locked())
print("acquire via condition:", cond.acquire())
print("non-blocking second acquire:", cond.acquire(False))
cond.release()
print("locked:", lock.locked())
