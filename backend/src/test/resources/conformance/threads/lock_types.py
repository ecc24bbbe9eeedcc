# Lock types and factories
import threading
import _thread

a = threading.Lock()
b = _thread.allocate_lock()
print(type(a) is type(b))
print(isinstance(a, _thread.LockType))
print(threading.Lock is _thread.LockType)
print(type(threading.RLock()).__name__)
print(callable(threading.RLock))
print(hasattr(a, "locked"), hasattr(threading.RLock(), "locked"))
print(a.acquire(), b.acquire())
print(a.locked(), b.locked())
a.release()
b.release()
print(a.locked(), b.locked())
