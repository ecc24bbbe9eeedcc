import multiprocessing as mp

def name(_):
    return mp.current_process().name

def init(q):
    q.put((mp.current_process().name, mp.current_process().daemon))

if __name__ == "__main__":
    q = mp.Queue()
    with mp.Pool(3, initializer=init, initargs=(q,)) as pool:
        started = sorted(q.get() for _ in range(3))
        print(started)
        print(set(pool.map(name, range(12))) <= {n for n, _ in started})
        print(sorted(p.name for p in mp.active_children()))
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    with ctx.Pool(2, initializer=init, initargs=(q,)) as pool:
        print(sorted(q.get() for _ in range(2)))
        print(pool.map(name, [0])[0].startswith("SpawnPoolWorker-"))
