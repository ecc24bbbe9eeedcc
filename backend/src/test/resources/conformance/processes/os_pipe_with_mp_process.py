import multiprocessing as mp
import os

def worker(w, n):
    os.write(w, ("worker %d says hi\n" % n).encode())

if __name__ == "__main__":
    r, w = os.pipe()
    procs = [mp.Process(target=worker, args=(w, i)) for i in range(3)]
    for p in procs:
        p.start()
        p.join()
    os.close(w)
    data = b""
    while chunk := os.read(r, 7):
        data += chunk
    print(data.decode(), end="")
    print([p.exitcode for p in procs])
