import multiprocessing as mp

def divide(a, b):
    return a / b

if __name__ == "__main__":
    pool = mp.Pool(1)
    print(pool.apply(divide, (1, 2)))
    print(pool.apply(divide, (1, 0)))
