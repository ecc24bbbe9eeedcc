from multiprocessing import Pool

def ratio(a, b):
    return a / b

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.starmap(ratio, [(1, 2), (3, 4)]))
        print(pool.starmap(ratio, [(1, 2), (3, 0)]))
