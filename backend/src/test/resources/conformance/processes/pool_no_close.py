import multiprocessing as mp

def shout(x):
    print("worker", x, flush=True)
    return x

if __name__ == "__main__":
    pool = mp.Pool(2)
    print(pool.apply(shout, (1,)), flush=True)
    r = pool.apply_async(shout, (2,))
    print(r.get(), flush=True)
    print("main ends", flush=True)
