# Bad arguments to Lock.acquire
import threading

lock = threading.Lock()
cases = [
    ("acquire(False, 1)", lambda: lock.acquire(False, 1)),
    ("acquire(blocking=False, timeout=0.5)", lambda: lock.acquire(blocking=False, timeout=0.5)),
    ("acquire(timeout=-2)", lambda: lock.acquire(timeout=-2)),
    ("acquire(True, -0.5)", lambda: lock.acquire(True, -0.5)),
]
for label, call in cases:
    try:
        print(label, "->", call())
    except ValueError as e:
        print(label, "->", type(e).__name__ + ":", e)
print("locked:", lock.locked())
print("acquire(timeout=-1) means wait forever:", lock.acquire(timeout=-1))
lock.release()
print("acquire(False, -1) is allowed:", lock.acquire(False, -1))
lock.release()
