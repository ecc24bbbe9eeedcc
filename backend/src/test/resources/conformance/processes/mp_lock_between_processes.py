import multiprocessing as mp
import time

def work(lock, shared, name):
    with lock:
        v = shared.value
        time.sleep(0.01)
        shared.value = v + 1

if __name__ == "__main__":
    lock = mp.Lock()
    shared = mp.Value("i", 0, lock=False)
    ps = [mp.Process(target=work, args=(lock, shared, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(shared.value)
