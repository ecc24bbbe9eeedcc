from concurrent.futures import ThreadPoolExecutor
import threading
import time

gate = threading.Event()


def square(n):
    gate.wait()
    return n * n


pool = ThreadPoolExecutor(max_workers=2)
f = pool.submit(square, 7)
time.sleep(0.05)
print("running:", f.running(), "done:", f.done(), "cancelled:", f.cancelled())
gate.set()
print("result:", f.result())
print("running:", f.running(), "done:", f.done(), "cancelled:", f.cancelled())
print("exception:", f.exception())
pool.shutdown()
