from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(square, range(10))))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
        print(list(ex.map(square, range(11), chunksize=4)))
        print(list(ex.map(square, [])))
        try:
            ex.map(square, range(3), chunksize=0)
        except ValueError as e:
            print('ValueError:', e)
