import multiprocessing as mp

def work(n):
    print("working", n, flush=True)
    raise ValueError("bad " + str(n))

if __name__ == "__main__":
    p = mp.Process(target=work, args=(1,))
    print(p.name, p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(p.exitcode, p.is_alive())
