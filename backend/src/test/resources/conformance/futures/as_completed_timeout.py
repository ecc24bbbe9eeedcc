from concurrent.futures import ThreadPoolExecutor, as_completed
import time

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(time.sleep, t) for t in (0.05, 0.4, 0.5)]
    seen = 0
    try:
        for f in as_completed(fs, timeout=0.2):
            seen += 1
    except TimeoutError as e:
        print("TimeoutError:", e, "after", seen)
    try:
        for f in as_completed(fs, timeout=0):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)
print("done")
