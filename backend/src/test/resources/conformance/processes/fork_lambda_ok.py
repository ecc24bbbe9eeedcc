import multiprocessing as mp

def main():
    secret = 42
    def local():
        print("local sees", secret, flush=True)
    p = mp.Process(target=local)
    p.start()
    p.join()
    q = mp.Process(target=lambda: print("lambda runs", flush=True))
    q.start()
    q.join()
    print(p.exitcode, q.exitcode)

if __name__ == "__main__":
    main()
