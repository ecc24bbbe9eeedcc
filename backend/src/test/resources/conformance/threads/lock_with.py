# Lock as a context manager
import threading

lock = threading.Lock()
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        print("about to raise, locked:", lock.locked())
        raise ValueError("boom")
except ValueError as e:
    print("caught:", e, "locked:", lock.locked())
with lock as value:
    print("as value:", value)

def early_return():
    with lock:
        return lock.locked()

print("returned:", early_return(), "now:", lock.locked())
print("__enter__:", lock.__enter__(), lock.locked())
lock.__exit__(None, None, None)
print("after __exit__:", lock.locked())
