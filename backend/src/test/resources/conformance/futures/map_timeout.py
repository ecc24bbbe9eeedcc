from concurrent.futures import ThreadPoolExecutor
import time


def nap(t):
    time.sleep(t)
    return t


with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(nap, [0.05, 0.5, 0.05], timeout=0.2)
    print(next(it))
    try:
        next(it)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e))
    print(list(it))
print("after with")
