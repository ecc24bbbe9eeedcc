from multiprocessing import Pool

def ident(x):
    return x

if __name__ == "__main__":
    pool = Pool(2)
    pool.close()
    for call in (lambda: pool.apply(ident, (1,)), lambda: pool.map(ident, [1]),
                 lambda: pool.imap(ident, [1]), lambda: pool.apply_async(ident, (1,)),
                 lambda: pool.starmap(ident, [(1,)])):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    try:
        with pool:
            pass
    except ValueError as e:
        print("with:", e)
    pool.join()
    pool.close()
    print(pool)
    with Pool(2) as p2:
        print(p2.apply(ident, ("inside",)))
    print(p2)
    try:
        p2.map(ident, [1])
    except ValueError as e:
        print("after with:", e)
    p2.join()
    print("joined")
