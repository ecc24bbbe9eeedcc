import multiprocessing as mp
import threading

def work():
    results = []
    lock = threading.Lock()
    def add(i):
        with lock:
            results.append(i)
    ts = [threading.Thread(target=add, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(results), threading.current_thread().name, threading.active_count(), flush=True)

if __name__ == "__main__":
    p = mp.Process(target=work)
    p.start()
    p.join()
    print(p.exitcode, threading.active_count())
