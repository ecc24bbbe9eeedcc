# A manager's Queue between a producer and a consumer process, with queue.Empty raised in the
# server coming back to the caller; a JoinableQueue's task_done and join.
import multiprocessing as mp
import queue


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)


if __name__ == '__main__':
    with mp.Manager() as m:
        q = m.Queue()
        out = m.Queue()
        print(type(q).__name__)
        procs = [mp.Process(target=producer, args=(q, 10)), mp.Process(target=consumer, args=(q, out))]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print('total', out.get(), 'empty', q.empty(), q.qsize())
        try:
            q.get(timeout=0.05)
        except queue.Empty as e:
            print('Empty', repr(e), type(e).__module__)
        try:
            q.get_nowait()
        except queue.Empty:
            print('Empty again')
        small = m.Queue(1)
        small.put('x')
        try:
            small.put('y', block=False)
        except queue.Full as e:
            print('Full', repr(e), small.full())
        jq = m.JoinableQueue()
        for i in range(3):
            jq.put(i)
        for i in range(3):
            jq.get()
            jq.task_done()
        jq.join()
        print('joined')
        try:
            jq.task_done()
        except ValueError as e:
            print('ValueError', e)
