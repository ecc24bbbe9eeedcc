import multiprocessing as mp
import time

def work():
    time.sleep(0.2)

if __name__ == "__main__":
    p = mp.Process(target=work)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    p.join()
    p.close()
    for op in (p.is_alive, p.join, p.start):
        try:
            op()
        except ValueError as e:
            print(op.__name__, "ValueError:", e)
    try:
        p.exitcode
    except ValueError as e:
        print("exitcode ValueError:", e)
