# acquire(timeout=...) on a held lock gives up and returns False
import threading
import time

lock = threading.Lock()
lock.acquire()
start = time.monotonic()
got = lock.acquire(timeout=0.02)
elapsed = time.monotonic() - start
print("acquired:", got)
print("waited at least the timeout:", elapsed >= 0.015)
outcome = []

def try_with_timeout():
    outcome.append(lock.acquire(True, 0.01))

t = threading.Thread(target=try_with_timeout)
t.start()
t.join()
print("thread result:", outcome)
lock.release()
print("free now:", lock.acquire(timeout=0.01))
lock.release()
