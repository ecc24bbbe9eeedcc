import multiprocessing as mp

def work(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1

if __name__ == "__main__":
    counter = mp.Value("i", 0)
    ps = [mp.Process(target=work, args=(counter, 250)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter", counter.value)
