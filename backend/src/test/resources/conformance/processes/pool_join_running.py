from multiprocessing import Pool

if __name__ == "__main__":
    pool = Pool(2)
    print(pool)
    pool.join()
