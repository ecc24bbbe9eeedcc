from multiprocessing import Pool

def check(x):
    if x == 3:
        raise KeyError(x)
    return x

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(check, [1, 2]))
        print(pool.map(check, [1, 2, 3, 4]))
