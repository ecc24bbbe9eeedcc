import multiprocessing as mp
import os
import threading
import time

def worker(tag):
    time.sleep(0.05)
    print(tag, "thread done")

def target():
    threading.Thread(target=worker, args=("mp child",)).start()
    print("mp child target done")

if __name__ == "__main__":
    pid = os.fork()
    who = "forked" if pid == 0 else "parent"
    p = mp.Process(target=target)
    p.start()
    p.join()
    print(who, "joined", p.exitcode)
    if pid:
        os.waitpid(pid, 0)
