import multiprocessing as mp
import time

def burn(n):
    total = 0
    for i in range(n):
        total += i
    print("sum", total, flush=True)

if __name__ == "__main__":
    ps = [mp.Process(target=burn, args=(20000,)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
