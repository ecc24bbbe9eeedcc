from concurrent.futures import ProcessPoolExecutor


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def moved(p, dx):
    p.x += dx
    return p


def main():
    def local(x):
        return x

    with ProcessPoolExecutor(max_workers=1) as ex:
        p = Point(1, 2)
        q = ex.submit(moved, p, 10).result()
        print(p, q, p is q)
        e = ex.submit(local, 1).exception()
        print(type(e).__name__, e)
        e = ex.submit(moved, local, 1).exception()
        print(type(e).__name__, e)


if __name__ == '__main__':
    main()
