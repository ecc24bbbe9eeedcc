# A child process can start a manager of its own (the manager is then the child's child);
# what pickle refuses cannot be sent to a manager.
import multiprocessing as mp
import threading


def nested():
    with mp.Manager() as m:
        shared = m.list([1])
        shared.append(2)
        print('nested', shared, m._process.name, mp.parent_process().name, flush=True)


if __name__ == '__main__':
    m = mp.Manager()
    try:
        m.list([threading.Lock()])
    except TypeError as e:
        print('TypeError', e)
    p = mp.Process(target=nested)
    p.start()
    p.join()
    print(p.exitcode, m._process.name)
