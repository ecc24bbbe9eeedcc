import multiprocessing as mp


def work(results, hits, lock, worker):
    for i in range(3):
        results.append((worker, i))
        with lock:
            hits.value += 1


if __name__ == "__main__":
    with mp.Manager() as manager:
        results = manager.list()
        hits = manager.Value("i", 0)
        lock = manager.Lock()
        workers = [mp.Process(target=work, args=(results, hits, lock, w)) for w in range(3)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print("results:", sorted(results))
        print("hits:", hits.value)
        print("the list lives in", manager._process.name)
