from concurrent.futures import ProcessPoolExecutor
import sys


def leave(code):
    sys.exit(code)


def fine():
    return 'fine'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as ex:
        e = ex.submit(leave, 4).exception()
        print(type(e).__name__, e.code)
        print(ex.submit(fine).result())
        ex.submit(leave, 'bye').result()
