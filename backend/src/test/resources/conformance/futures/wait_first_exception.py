from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import time


def task(t, fail):
    time.sleep(t)
    if fail:
        raise RuntimeError(f"task {t} failed")
    return t


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, 0.05, False), ex.submit(task, 0.1, True), ex.submit(task, 0.6, False)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    for f in sorted(done, key=lambda f: fs.index(f)):
        print(fs.index(f), f.exception())
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("again:", len(done), len(not_done))
    ok = [ex.submit(task, 0.01, False) for _ in range(3)]
    done, not_done = wait(ok, return_when=FIRST_EXCEPTION)
    print("no exception:", len(done), len(not_done))
