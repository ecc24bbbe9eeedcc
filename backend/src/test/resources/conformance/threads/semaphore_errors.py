# Semaphore argument errors
import threading

for label, call in (
    ("Semaphore(-1)", lambda: threading.Semaphore(-1)),
    ("BoundedSemaphore(-5)", lambda: threading.BoundedSemaphore(-5)),
    ("release(0)", lambda: threading.Semaphore().release(0)),
    ("release(-2)", lambda: threading.Semaphore().release(-2)),
    ("acquire(False, 1)", lambda: threading.Semaphore().acquire(False, 1)),
    ("acquire(blocking=False, timeout=0)", lambda: threading.Semaphore().acquire(blocking=False, timeout=0)),
    ("bounded release(0)", lambda: threading.BoundedSemaphore().release(0)),
):
    try:
        result = call()
        print(label, "->", result)
    except ValueError as e:
        print(label, "->", repr(e))
print("Semaphore(0) is fine:", threading.Semaphore(0).acquire(False))
