from multiprocessing import Pool

def f(a, *, key):
    return a, key

if __name__ == "__main__":
    with Pool(1) as pool:
        print(pool.apply(f, (1,), {"key": 2}))
        print(pool.apply(f, kwds={"key": 3}, args=[4]))
        try:
            pool.apply(f, (1, 2))
        except TypeError as e:
            print("TypeError:", e)
        print(pool.map(len, ["a", "bb", "ccc"]))
        try:
            pool.map(len, 5)
        except TypeError as e:
            print("TypeError:", e)
        try:
            Pool(-1)
        except ValueError as e:
            print(e)
