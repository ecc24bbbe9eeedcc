from concurrent.futures import ThreadPoolExecutor
import threading
import time


def job(n):
    time.sleep(0.05)
    print("job", n, "done")


ex = ThreadPoolExecutor(max_workers=1)
for n in range(3):
    ex.submit(job, n)
print("main done, workers alive:", sum(t.name.startswith("ThreadPool") for t in threading.enumerate()))
