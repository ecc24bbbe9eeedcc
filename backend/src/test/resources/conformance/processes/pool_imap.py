from multiprocessing import Pool

def cube(x):
    return x ** 3

if __name__ == "__main__":
    with Pool(3) as pool:
        it = pool.imap(cube, range(8))
        print(next(it), next(it))
        print(list(it))
        print(list(pool.imap(cube, range(7), chunksize=3)))
        print(sorted(pool.imap_unordered(cube, range(10))))
        print(sorted(pool.imap_unordered(cube, range(10), chunksize=4)))
        print(list(pool.imap(cube, [])))
        it = pool.imap(cube, [2])
        print(it.next(timeout=5))
        try:
            it.next()
        except StopIteration:
            print("StopIteration")
        for bad in (pool.imap, pool.imap_unordered):
            try:
                bad(cube, range(3), chunksize=0)
            except ValueError as e:
                print(e)
