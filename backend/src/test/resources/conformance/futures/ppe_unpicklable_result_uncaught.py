from concurrent.futures import ProcessPoolExecutor
import threading


def make_lock():
    return threading.Lock()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(make_lock).result())
