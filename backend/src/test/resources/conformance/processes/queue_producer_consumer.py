import multiprocessing as mp

def producer(q, n):
    for i in range(n):
        q.put(i * 10)
    q.put(None)

def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)

if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    p = mp.Process(target=producer, args=(q, 5))
    c = mp.Process(target=consumer, args=(q, out))
    p.start()
    c.start()
    print("total", out.get())
    p.join()
    c.join()
    print(p.exitcode, c.exitcode)
