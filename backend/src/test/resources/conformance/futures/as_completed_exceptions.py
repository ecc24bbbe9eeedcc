from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def job(t):
    time.sleep(t)
    if t == 0.1:
        raise LookupError(f"no key after {t}")
    return t


with ThreadPoolExecutor(max_workers=3) as ex:
    for f in as_completed([ex.submit(job, t) for t in (0.2, 0.1, 0.3)]):
        e = f.exception()
        print(repr(e) if e else f.result())
