import multiprocessing as mp

def bad(x):
    return [1, 2, 3][x]

if __name__ == "__main__":
    p = mp.Process(target=bad, args=(10,))
    p.start()
    p.join()
    q = mp.Process(target=bad, args=(1,))
    q.start()
    q.join()
    print("exitcodes", p.exitcode, q.exitcode)
