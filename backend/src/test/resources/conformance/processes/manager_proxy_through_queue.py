# A proxy is picklable: sent through a multiprocessing queue to a child it arrives as a proxy
# of the same shared object.
import multiprocessing as mp


def work(q):
    shared = q.get()
    shared.append('from child')
    print(type(shared).__name__, flush=True)


if __name__ == '__main__':
    with mp.Manager() as m:
        shared = m.list(['from parent'])
        q = mp.Queue()
        p = mp.Process(target=work, args=(q,))
        p.start()
        q.put(shared)
        p.join()
        print(shared)
