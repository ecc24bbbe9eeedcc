import multiprocessing as mp

def show(a, b, *, c=0, d=0):
    print(a, b, c, d, flush=True)

if __name__ == "__main__":
    p = mp.Process(target=show, args=[1, 2], kwargs={"c": 3, "d": 4})
    p.start()
    p.join()
    p = mp.Process(target=show, args=(5,), kwargs={"b": 6})
    p.start()
    p.join()
    print(p.exitcode)
