import multiprocessing as mp
import signal
import time

def child():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(0.3)
    print("child survived", flush=True)

if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    time.sleep(0.1)
    p.terminate()
    p.join(0.1)
    print("alive after terminate:", p.is_alive())
    p.kill()
    p.join()
    print("exitcode", p.exitcode)
