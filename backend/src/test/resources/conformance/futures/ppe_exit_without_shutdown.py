from concurrent.futures import ProcessPoolExecutor
import time


def slow(x):
    time.sleep(0.1 * (x + 1))
    print('finished', x, flush=True)
    return x


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(slow, i) for i in range(3)]
    print('main done', flush=True)
