from concurrent.futures import ProcessPoolExecutor
import time


def inverse(x):
    return 1 / x


def slow_inverse(x):
    time.sleep(0.1 if x else 0.3)
    return 1 / x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        results = ex.map(inverse, [1, 2, 0, 4], chunksize=2)
        print(next(results), next(results))
        try:
            next(results)
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)
        print(list(ex.map(inverse, [4, 5])))
        for r in ex.map(slow_inverse, [5, 0]):
            print(r)
