from concurrent.futures import ThreadPoolExecutor
import time

with ThreadPoolExecutor(max_workers=4) as ex:
    for i in range(5):
        ex.submit(time.sleep, 0.01).result()
        time.sleep(0.01)
    print("threads after sequential use:", len(ex._threads))
    fs = [ex.submit(time.sleep, 0.05) for _ in range(6)]
    for f in fs:
        f.result()
    print("threads after a burst:", len(ex._threads))
