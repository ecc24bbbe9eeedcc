from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os


def threads_inside(n):
    with ThreadPoolExecutor(max_workers=2) as tp:
        return sum(tp.map(lambda x: x * x, range(n)))


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(threads_inside, [3, 4, 5])))
