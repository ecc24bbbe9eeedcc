from multiprocessing import Pool

data = [1, 2, 3]

def append(x):
    data.append(x)
    return len(data)

if __name__ == "__main__":
    with Pool(1) as pool:
        print(pool.map(append, [10, 20, 30]))
        print(pool.apply(append, (40,)))
    print(data)
    with Pool(1) as pool:
        print(pool.apply(append, (50,)))
