import multiprocessing as mp
import os
import time

def forever():
    while True:
        time.sleep(0.05)

if __name__ == "__main__":
    p = mp.Process(target=forever)
    p.start()
    time.sleep(0.1)
    os.kill(p.pid, 15)
    pid, status = os.waitpid(p.pid, 0)
    print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
    print(p.exitcode)
    try:
        os.kill(p.pid, 15)
    except ProcessLookupError as e:
        print("ProcessLookupError:", e)
