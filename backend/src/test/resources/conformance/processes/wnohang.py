import multiprocessing as mp
import os
import time

def work():
    time.sleep(0.2)

if __name__ == "__main__":
    p = mp.Process(target=work)
    p.start()
    print(os.waitpid(p.pid, os.WNOHANG))
    time.sleep(0.5)
    pid, status = os.waitpid(p.pid, os.WNOHANG)
    print(pid == p.pid, status)
