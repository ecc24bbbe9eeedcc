from concurrent.futures import ProcessPoolExecutor, wait
import time


def slow(x):
    time.sleep(0.2)
    return x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as ex:
        fs = [ex.submit(slow, 0)]
        time.sleep(0.05)
        fs += [ex.submit(slow, i) for i in range(1, 5)]
        time.sleep(0.05)
        print([f.cancel() for f in fs])
        done, not_done = wait(fs)
        print(len(done), len(not_done))
        print([f.result() for f in fs if not f.cancelled()])
        print([f.running() for f in fs])
