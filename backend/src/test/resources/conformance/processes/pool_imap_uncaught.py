from multiprocessing import Pool

def inverse(x):
    return 1 / x

if __name__ == "__main__":
    with Pool(2) as pool:
        for v in pool.imap(inverse, [4, 2, 0, 1]):
            print(v)
