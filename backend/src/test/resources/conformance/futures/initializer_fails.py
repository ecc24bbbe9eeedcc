from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool
import time


def init():
    raise OSError("no database")


ex = ThreadPoolExecutor(max_workers=1, initializer=init)
f = ex.submit(pow, 2, 10)
try:
    f.result()
except BrokenThreadPool as e:
    print("result:", type(e).__name__, e)
print(isinstance(f.exception(), BrokenExecutor), issubclass(BrokenThreadPool, RuntimeError))
time.sleep(0.05)
ex.submit(pow, 2, 3)
