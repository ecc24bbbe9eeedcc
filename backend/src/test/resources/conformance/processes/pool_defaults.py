import multiprocessing as mp

def f(x):
    return x

if __name__ == "__main__":
    pool = mp.Pool()
    print(pool._processes == mp.cpu_count(), len(mp.active_children()) == mp.cpu_count())
    print(pool.map(f, range(20)) == list(range(20)))
    pool.terminate()
    pool.join()
    print(mp.active_children())
    print(len(pool._pool) == mp.cpu_count(), repr(pool).split(" pool_size")[0])
    pool.terminate()
    print(mp.Pool.__doc__ is None, mp.Pool.__name__)
    from multiprocessing.pool import Pool
    print(Pool.__module__, Pool.__qualname__)
