from concurrent.futures import ProcessPoolExecutor
import threading


def make_lock():
    return threading.Lock()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as ex:
        e = ex.submit(make_lock).exception()
        print(type(e).__name__, e)
        print(str(e.__cause__).splitlines()[-2:])
        print(ex.submit(pow, 2, 10).result())
