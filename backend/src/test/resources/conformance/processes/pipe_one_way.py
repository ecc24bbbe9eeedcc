import multiprocessing as mp

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    try:
        w.recv()
    except OSError as e:
        print("OSError:", e)
    w.send("x")
    print(r.poll(), r.recv(), r.poll())
    w.close()
    print(w.closed)
    try:
        w.send(1)
    except OSError as e:
        print("OSError:", e)
    try:
        r.recv()
    except EOFError:
        print("EOFError")
