# A thread blocked on an RLock gets it once the owner releases every level
import threading

r = threading.RLock()
waiting = threading.Event()
log = []

def worker():
    waiting.set()
    with r:
        log.append("worker got the lock")

r.acquire()
r.acquire()
t = threading.Thread(target=worker)
t.start()
waiting.wait()
log.append("main releases level 2")
r.release()
log.append("main releases level 1")
r.release()
t.join()
print("\n".join(log))
