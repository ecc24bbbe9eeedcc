import multiprocessing as mp

def child(conn):
    msg = conn.recv()
    conn.send(("echo", msg, mp.current_process().name))
    conn.send([1, 2, 3])
    conn.close()

if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    a.send({"hello": "world"})
    print(a.recv())
    print(a.poll(1.0), a.recv())
    p.join()
    b.close()
    print(a.poll(0.1))
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    print(a.readable, a.writable, a.closed)
