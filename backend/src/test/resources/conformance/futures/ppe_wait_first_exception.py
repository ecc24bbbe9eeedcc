from concurrent.futures import ProcessPoolExecutor, wait, FIRST_EXCEPTION
import time


def task(n):
    time.sleep(0.1 * n)
    if n == 2:
        raise ValueError('two')
    return n


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=4) as ex:
        fs = [ex.submit(task, n) for n in (1, 2, 5, 6)]
        done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
        print(sorted(repr(f.exception()) if f.exception() else f.result() * 1.0 for f in done if not f.exception()), [repr(f.exception()) for f in done if f.exception()])
        print(len(not_done))
    print([f.done() for f in fs])
