# BoundedSemaphore refuses to go above its initial value
import threading

b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("over-release:", e)
b.acquire()
b.acquire()
b.release()
b.release()
print("balanced releases ok")
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("release(2) with one held:", e)
b.release(1)
print("release(1) ok")
print("can still take two:", b.acquire(False), b.acquire(False), b.acquire(False))
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))
plain = threading.Semaphore(1)
plain.release()
plain.release()
print("plain Semaphore grows:", [plain.acquire(False) for _ in range(4)])
