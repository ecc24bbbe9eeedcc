import multiprocessing as mp

def work(v, arr, conn):
    with v.get_lock():
        v.value += 10
    arr[0] = 99
    conn.send(("done", v.value))
    conn.close()

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    v = ctx.Value("i", 1)
    arr = ctx.Array("d", [0.5, 1.5])
    a, b = ctx.Pipe()
    p = ctx.Process(target=work, args=(v, arr, b))
    p.start()
    print(a.recv())
    p.join()
    print(v.value, arr[:], p.exitcode)
