import multiprocessing as mp

def double(x):
    return 2 * x

def numbers():
    yield 1
    yield 2
    raise ValueError("no more numbers")

if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        it = pool.imap(double, numbers())
        print(next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print("imap:", e)
        try:
            pool.map(double, numbers())
        except ValueError as e:
            print("map:", e)
        print(sorted(pool.imap_unordered(double, range(3))))
        print(mp.current_process().name, [p.name.split("-")[0] for p in pool._pool])
