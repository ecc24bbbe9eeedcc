import multiprocessing as mp

class MyError(Exception):
    pass

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def make(n):
    if n < 0:
        raise MyError(f"no point at {n}")
    return Point(n, n * n)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        points = pool.map(make, [1, 2, 3])
        print(points, type(points[0]) is Point)
        try:
            pool.apply(make, (-1,))
        except MyError as e:
            print("caught", type(e).__name__, e, type(e) is MyError)
            print(str(e.__cause__).strip().splitlines()[-2])
