# _thread.error is RuntimeError
import _thread
import threading

print(_thread.error is RuntimeError)
print(threading.ThreadError is _thread.error)
lock = _thread.allocate_lock()
try:
    lock.release()
except _thread.error as e:
    print(type(e).__name__, "-", e)
try:
    raise _thread.error("raised directly")
except RuntimeError as e:
    print(repr(e))
print(_thread.TIMEOUT_MAX > 1000)
