from concurrent.futures import ThreadPoolExecutor
import time

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(time.sleep, 0.2)
    print("waiting")
    f.result(timeout=0.05)
