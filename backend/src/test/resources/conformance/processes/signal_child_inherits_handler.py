import multiprocessing as mp
import os
import signal

def handler(signum, frame):
    print("handler in", mp.current_process().name, signum, flush=True)

def child():
    os.kill(os.getpid(), signal.SIGUSR1)

if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, handler)
    p = mp.Process(target=child)
    p.start()
    p.join()
    print(p.exitcode)
