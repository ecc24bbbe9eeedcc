import multiprocessing as mp

def size(pool):
    return pool._processes

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        try:
            pool.apply(size, (pool,))
        except NotImplementedError as e:
            print("NotImplementedError:", e)
        r = pool.apply_async(size, (None,), callback=lambda v: print("callback", v),
                             error_callback=lambda e: print("error_callback", type(e).__name__))
        r.wait()
        print(r.successful())
