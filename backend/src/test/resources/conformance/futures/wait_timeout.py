from concurrent.futures import ThreadPoolExecutor, wait
import time

with ThreadPoolExecutor(max_workers=2) as ex:
    fast = ex.submit(time.sleep, 0.02)
    slow = ex.submit(time.sleep, 0.5)
    start = time.monotonic()
    done, not_done = wait([fast, slow], timeout=0.1)
    waited = time.monotonic() - start
    print(fast in done, slow in not_done, 0.09 < waited < 0.2)
    done, not_done = wait([slow], timeout=0)
    print(len(done), len(not_done))
    done, not_done = wait([fast], timeout=0)
    print(len(done), len(not_done))
