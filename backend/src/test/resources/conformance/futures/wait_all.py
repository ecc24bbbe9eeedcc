from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED
import time


def nap(t):
    time.sleep(t)
    return t


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, t) for t in (0.03, 0.01, 0.02)]
    done, not_done = wait(fs)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    result = wait(fs, return_when=ALL_COMPLETED)
    print(type(result).__name__, len(result.done), result.not_done)
    print(ALL_COMPLETED, repr(ALL_COMPLETED))
