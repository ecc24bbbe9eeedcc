from concurrent.futures import ThreadPoolExecutor
import threading
import time


def job(n):
    time.sleep(0.1 * n)
    print("job", n, "finished in", threading.current_thread().name)
    return n


ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="bg")
fs = [ex.submit(job, n) for n in (1, 2)]
ex.shutdown(wait=False)
print("shutdown returned, done:", [f.done() for f in fs])
print("results:", [f.result() for f in fs])
print("alive after:", sorted(t.name for t in threading.enumerate()))
