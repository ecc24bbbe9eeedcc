import multiprocessing as mp


def count_primes(limit):
    found = 0
    for k in range(2, limit):
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                break
        else:
            found += 1
    return found


if __name__ == "__main__":
    jobs = [1200, 1400, 1600, 1800]
    with mp.Pool(4) as pool:        # four worker processes: four GILs, four cores
        counts = pool.map(count_primes, jobs)     # results in the order of the jobs
        print("primes below", jobs, ":", counts)
        late = pool.apply_async(count_primes, (2000,), callback=lambda n: print("callback got", n))
        late.wait()
    print("the pool is closed; every worker has exited")
