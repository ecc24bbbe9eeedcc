# Non-blocking acquire fails on a held lock, also from another thread
import threading

lock = threading.Lock()
lock.acquire()
print("same thread, acquire(False):", lock.acquire(False))
print("same thread, blocking=False:", lock.acquire(blocking=False))
print("same thread, timeout=0:", lock.acquire(timeout=0))
result = []
t = threading.Thread(target=lambda: result.append(lock.acquire(False)))
t.start()
t.join()
print("other thread while held:", result)
lock.release()
t = threading.Thread(target=lambda: result.append(lock.acquire(False)))
t.start()
t.join()
print("other thread after release:", result)
print("still held by finished thread:", lock.locked())
lock.release()
print("released by main:", lock.locked())
