import multiprocessing as mp

def worker(q, results):
    while True:
        item = q.get()
        results.put(item * 2)
        q.task_done()

if __name__ == "__main__":
    q = mp.JoinableQueue()
    results = mp.Queue()
    w = mp.Process(target=worker, args=(q, results), daemon=True)
    w.start()
    for i in range(4):
        q.put(i)
    q.join()
    print(sorted(results.get() for _ in range(4)))
    try:
        mp.JoinableQueue().task_done()
    except ValueError as e:
        print("ValueError:", e)
