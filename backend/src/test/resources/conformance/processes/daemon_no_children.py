import multiprocessing as mp

def grandchild():
    pass

def child():
    p = mp.Process(target=grandchild)
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e, flush=True)

if __name__ == "__main__":
    d = mp.Process(target=child, daemon=True)
    d.start()
    d.join()
    print(d.exitcode)
