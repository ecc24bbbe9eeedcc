from concurrent.futures import ThreadPoolExecutor, as_completed
import time

ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(time.sleep, 0.3), ex.submit(time.sleep, 0.01)]
for f in as_completed(fs, timeout=0.1):
    print("finished:", f.result())
