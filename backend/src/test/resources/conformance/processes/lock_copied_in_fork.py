import multiprocessing as mp
import threading

lock = threading.Lock()

def work():
    print("child lock locked:", lock.locked(), flush=True)
    print("child acquire:", lock.acquire(timeout=0.1), flush=True)

if __name__ == "__main__":
    lock.acquire()
    p = mp.Process(target=work)
    p.start()
    p.join()
    print("parent lock locked:", lock.locked())
    lock.release()
