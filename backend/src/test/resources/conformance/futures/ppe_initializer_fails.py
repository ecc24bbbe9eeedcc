from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def init():
    raise RuntimeError('no database')


def work():
    return 1


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=1, initializer=init)
    f = ex.submit(work)
    try:
        f.result()
    except BrokenProcessPool as e:
        print('BrokenProcessPool:', e)
    ex.shutdown()
