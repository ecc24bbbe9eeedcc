# _thread.allocate_lock and LockType
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
print(lock.locked(), lock.acquire(), lock.locked())
print("non-blocking:", lock.acquire(0))
lock.release()
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
with lock:
    print("with:", lock.locked())
try:
    lock.release()
except _thread.error as e:
    print("error:", e)
rl = _thread.RLock()
print(rl.acquire(), rl.acquire())
rl.release()
rl.release()
