import multiprocessing as mp
import time

def work():
    time.sleep(0.5)

if __name__ == "__main__":
    p = mp.Process(target=work)
    p.start()
    p.join(0.1)
    print(p.is_alive(), p.exitcode)
    p.join()
    print(p.is_alive(), p.exitcode)
