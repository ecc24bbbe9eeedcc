from concurrent.futures import ThreadPoolExecutor
import time

ex = ThreadPoolExecutor(max_workers=1)
for value in ex.map(time.sleep, [0.3], timeout=0.1):
    print(value)
