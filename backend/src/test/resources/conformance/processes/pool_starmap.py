from multiprocessing import Pool

def power(base, exp):
    return base ** exp

if __name__ == "__main__":
    pairs = [(2, 3), (3, 2), (10, 0), (5, 1)]
    with Pool(2) as pool:
        print(pool.starmap(power, pairs))
        print(pool.starmap(power, pairs, chunksize=3))
        r = pool.starmap_async(power, [(1, 1), (2, 2)])
        print(r.get(timeout=10))
        try:
            pool.starmap(power, [(1,)])
        except TypeError as e:
            print("TypeError:", e)
