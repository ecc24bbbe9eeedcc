from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from concurrent.futures import BrokenExecutor
import os
import time


def die():
    time.sleep(0.1)
    os._exit(3)


def slow(x):
    time.sleep(1)
    return x


if __name__ == '__main__':
    print(issubclass(BrokenProcessPool, BrokenExecutor))
    ex = ProcessPoolExecutor(max_workers=2)
    f1 = ex.submit(slow, 1)
    f2 = ex.submit(die)
    for f in (f1, f2):
        try:
            f.result()
        except BrokenProcessPool as e:
            print('BrokenProcessPool:', e, e.__cause__)
    try:
        ex.submit(slow, 2)
    except BrokenProcessPool as e:
        print('BrokenProcessPool:', e)
    ex.shutdown()
    print('done')
