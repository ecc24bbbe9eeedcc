import multiprocessing as mp

def main():
    double = lambda x: x * 2
    def local(x):
        return x + 1
    with mp.Pool(2) as pool:
        for func in (double, local):
            for run in (pool.map, pool.apply):
                try:
                    run(func, [1])
                except Exception as e:
                    print(type(e).__module__, type(e).__name__, str(e).replace(hex(id(func)), "ADDR"))
        r = pool.apply_async(double, (1,))
        r.wait()
        print(r.ready(), r.successful())

if __name__ == "__main__":
    main()
