# Semaphore as a context manager
import threading

sem = threading.Semaphore(1)
with sem:
    print("inside, another acquire:", sem.acquire(False))
print("after with:", sem.acquire(False))
sem.release()
try:
    with sem:
        raise KeyError("inner")
except KeyError as e:
    print("exception passed through:", repr(e))
print("permit returned:", sem.acquire(False))
sem.release()
with sem as value:
    print("as value:", value)
