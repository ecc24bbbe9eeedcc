# Lock acquire / release / locked
import threading

lock = threading.Lock()
print("locked:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
lock.release()
print("locked after release:", lock.locked())
print("acquire(True):", lock.acquire(True))
print("acquire(blocking=True, timeout=-1) would block, try non-blocking:", lock.acquire(blocking=False))
lock.release()
print("acquire(timeout=1) free:", lock.acquire(timeout=1))
lock.release()
print(type(lock).__name__, type(lock).__module__)
