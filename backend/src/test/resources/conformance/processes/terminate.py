import multiprocessing as mp
import time

def forever():
    while True:
        time.sleep(0.05)

if __name__ == "__main__":
    p = mp.Process(target=forever)
    p.start()
    time.sleep(0.2)
    print(p.is_alive())
    p.terminate()
    p.join()
    print(p.is_alive(), p.exitcode)
    q = mp.Process(target=forever)
    q.start()
    q.kill()
    q.join()
    print(q.exitcode)
