from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import time


def nap(t):
    time.sleep(t)
    return t


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, t) for t in (0.5, 0.05, 0.3)]
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    done, pending = wait(pending, return_when="FIRST_COMPLETED")
    print([f.result() for f in done], len(pending))
