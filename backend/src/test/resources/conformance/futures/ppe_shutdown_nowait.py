from concurrent.futures import ProcessPoolExecutor, as_completed
import time


def slow(x):
    time.sleep(0.1 * x)
    return x * 2


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=2)
    fs = [ex.submit(slow, i) for i in (4, 1, 2)]
    ex.shutdown(wait=False)
    print('shutdown returned', [f.done() for f in fs])
    print([f.result() for f in as_completed(fs)])
    print([f.result() for f in fs])
