from concurrent.futures import ProcessPoolExecutor
import time


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=1)
    fs = [ex.submit(slow, 0)]
    time.sleep(0.05)
    fs += [ex.submit(slow, i) for i in range(1, 6)]
    time.sleep(0.05)
    ex.shutdown(wait=True, cancel_futures=True)
    print([f.cancelled() for f in fs])
    print([f.result() for f in fs if not f.cancelled()])
