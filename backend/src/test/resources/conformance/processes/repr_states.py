import multiprocessing as mp
import os

def work():
    pass

def clean(p):
    r = repr(p).replace("parent=%d" % os.getpid(), "parent=P")
    if p.pid is not None:
        r = r.replace("pid=%d" % p.pid, "pid=N")
    return r

if __name__ == "__main__":
    p = mp.Process(target=work, name="w")
    print(clean(p))
    p.start()
    p.join()
    print(clean(p))
    print(clean(mp.current_process()))
    d = mp.Process(target=work, daemon=True)
    print(clean(d))
