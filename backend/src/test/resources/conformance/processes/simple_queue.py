import multiprocessing as mp

def child(q):
    q.put(("from", mp.current_process().name))

if __name__ == "__main__":
    q = mp.SimpleQueue()
    print(q.empty())
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(q.empty())
    q.close()
    try:
        q.get()
    except OSError as e:
        print("OSError:", e)
