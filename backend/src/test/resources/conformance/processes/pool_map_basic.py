from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == "__main__":
    with Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3))
        print(pool.map(square, [], chunksize=2))
        print(pool.map(square, (i for i in range(5))))
        print(pool.map(abs, [-1, -2, 3]))
    print("done")
