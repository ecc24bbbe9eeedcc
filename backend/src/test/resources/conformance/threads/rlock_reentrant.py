# RLock can be acquired repeatedly by its owner
import threading

r = threading.RLock()
for depth in range(1, 4):
    print("acquire", depth, "->", r.acquire())
for depth in range(3, 0, -1):
    r.release()
    print("released, depth was", depth)
try:
    r.release()
except RuntimeError as e:
    print("extra release:", e)
print("non-blocking from owner:", r.acquire(False), r.acquire(blocking=False))
r.release()
r.release()
print("acquire with timeout:", r.acquire(timeout=0.01))
r.release()
