import multiprocessing as mp
import os

def work(parent):
    me = mp.current_process()
    print(os.getppid() == parent, me.pid == os.getpid(), os.getpid() != parent, flush=True)
    print(mp.parent_process().name, mp.parent_process().pid == parent, flush=True)

if __name__ == "__main__":
    parent = os.getpid()
    p = mp.Process(target=work, args=(parent,))
    print(p.pid)
    p.start()
    child = p.pid
    p.join()
    print(child != parent, p.pid == child, p.ident == child)
    print(mp.parent_process())
