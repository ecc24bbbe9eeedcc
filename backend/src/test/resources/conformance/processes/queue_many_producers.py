import multiprocessing as mp

def produce(q, tag, n):
    for i in range(n):
        q.put((tag, i))

if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=produce, args=(q, t, 3)) for t in "abc"]
    for p in ps:
        p.start()
    got = [q.get() for _ in range(9)]
    for p in ps:
        p.join()
    print(sorted(got))
    print(q.empty(), [p.exitcode for p in ps])
