from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def nap(name, t):
    time.sleep(t)
    return name


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(nap, n, t) for n, t in (("slow", 0.3), ("fast", 0.05), ("mid", 0.15), ("mid2", 0.2))]
    print([f.result() for f in as_completed(fs)])
    print([f.result() for f in as_completed(fs)] != [], len(list(as_completed(fs))))
    print(list(as_completed([])))
