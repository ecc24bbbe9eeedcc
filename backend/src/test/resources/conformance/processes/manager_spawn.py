# Under spawn the manager's server is a spawned process too, and proxies passed to spawned
# children travel by pickle: each child rebuilds its proxy and connects to the same server.
import multiprocessing as mp

print('module run as', __name__, flush=True)


def work(items, table, results, lock, i):
    with lock:
        items.append(i)
    table[i] = str(i)
    results.put(i * 10)


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with ctx.Manager() as m:
        print(m._process.name, type(m._process).__name__, flush=True)
        items = m.list()
        table = m.dict()
        results = m.Queue()
        lock = m.Lock()
        procs = [ctx.Process(target=work, args=(items, table, results, lock, i)) for i in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(items), sorted(table.items()), sorted(results.get() for _ in range(3)))
        print([p.exitcode for p in procs])
    print('manager exit code', m._process.exitcode)
