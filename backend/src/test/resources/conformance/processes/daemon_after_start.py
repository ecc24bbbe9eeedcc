import multiprocessing as mp

def work():
    pass

if __name__ == "__main__":
    p = mp.Process(target=work, daemon=True)
    print(p.daemon)
    p.start()
    try:
        p.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    print(p.exitcode)
