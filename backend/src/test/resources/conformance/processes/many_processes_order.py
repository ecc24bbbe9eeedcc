import multiprocessing as mp

def square(i, out):
    out.append(i * i)
    print(i, "->", i * i, flush=True)

if __name__ == "__main__":
    out = []
    for i in range(5):
        p = mp.Process(target=square, args=(i, out))
        p.start()
        p.join()
    print(out)
