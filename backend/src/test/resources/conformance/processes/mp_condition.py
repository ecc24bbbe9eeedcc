import multiprocessing as mp

def consumer(cond, box, q):
    with cond:
        while box.value == 0:
            cond.wait()
        q.put(box.value)

if __name__ == "__main__":
    cond = mp.Condition()
    box = mp.Value("i", 0)
    q = mp.Queue()
    ps = [mp.Process(target=consumer, args=(cond, box, q)) for _ in range(2)]
    for p in ps:
        p.start()
    with cond:
        box.value = 42
        cond.notify_all()
    print(sorted([q.get(), q.get()]))
    for p in ps:
        p.join()
    try:
        cond.wait()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        cond.notify()
    except AssertionError as e:
        print("AssertionError:", e)
    with cond:
        print(cond.wait(0.05))
