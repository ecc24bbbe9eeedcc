import multiprocessing as mp
import threading

def show(x):
    return repr(x)

if __name__ == "__main__":
    a, b = mp.Pipe()
    try:
        a.send(threading.Lock())
    except TypeError as e:
        print("pipe:", e)
    a.send([1, 2])
    print(b.recv())
    with mp.Pool(1) as pool:
        print(pool.apply(show, ([1, 2],)))
        pool.apply(show, (threading.Lock(),))
