import multiprocessing as mp

def work():
    pass

if __name__ == "__main__":
    p = mp.Process(target=work)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    q = mp.Process(target=work)
    try:
        q.join()
    except AssertionError as e:
        print("AssertionError:", e)
    print(q.is_alive())
