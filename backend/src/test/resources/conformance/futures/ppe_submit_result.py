from concurrent.futures import ProcessPoolExecutor
import os


def work(x, scale=1):
    return x * scale, os.getpid() != PARENT


PARENT = os.getpid()

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(work, i, scale=10) for i in range(4)]
        for f in futures:
            print(f.result())
    print(all(f.done() for f in futures))
