# TIMEOUT_MAX and ThreadError
import threading
import _thread

print(threading.TIMEOUT_MAX > 0)
print(isinstance(threading.TIMEOUT_MAX, float))
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(threading.ThreadError is RuntimeError)
print(_thread.error is RuntimeError)
print(threading.ThreadError.__name__)
try:
    raise threading.ThreadError("custom message")
except RuntimeError as e:
    print("caught as RuntimeError:", e)
lock = threading.Lock()
try:
    lock.release()
except threading.ThreadError as e:
    print("caught as ThreadError:", e)
