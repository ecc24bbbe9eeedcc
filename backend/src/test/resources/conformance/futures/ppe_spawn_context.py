import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed


def cube(x):
    return x ** 3, __name__


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context('spawn')) as ex:
        fs = {ex.submit(cube, i): i for i in range(4)}
        print(sorted((fs[f], f.result()) for f in as_completed(fs)))
    print(__name__)
