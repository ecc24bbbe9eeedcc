import multiprocessing as mp

def inner(x):
    return 10 // x

def outer():
    print(inner(0))

if __name__ == "__main__":
    p = mp.Process(target=outer)
    p.start()
    p.join()
    print("exit", p.exitcode)
