# Releasing an unlocked lock raises RuntimeError
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("str:", str(e))
    print("repr:", repr(e))
    print("args:", e.args)
lock.acquire()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("second release:", e)
try:
    with lock:
        lock.release()
except RuntimeError as e:
    print("release inside with, then exit:", e)
print("locked at end:", lock.locked())
