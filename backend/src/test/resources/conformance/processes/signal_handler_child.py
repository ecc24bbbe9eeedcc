import multiprocessing as mp
import os
import signal
import time

def child():
    def on_term(signum, frame):
        print("child caught", signum, flush=True)
        raise SystemExit(7)
    signal.signal(signal.SIGTERM, on_term)
    while True:
        time.sleep(0.05)

if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    time.sleep(0.2)
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)
