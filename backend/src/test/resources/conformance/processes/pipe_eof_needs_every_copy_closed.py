import multiprocessing as mp

def child(r, w):
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    print("child got", got, flush=True)

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(r, w))
    p.start()
    for i in range(3):
        w.send(i)
    w.close()
    p.join()
    print("exit", p.exitcode)
