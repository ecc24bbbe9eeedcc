import os
from concurrent.futures import ProcessPoolExecutor, as_completed

PARENT = os.getpid()


def square(n):
    total = 0
    for _ in range(n * 200):
        total += 1
    return n, n * n, os.getpid() != PARENT


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(square, n) for n in range(6)]
        done = [f.result() for f in as_completed(futures)]   # in the order they finish
        print("results, sorted:", sorted(done))
        print("every call ran in a worker process:", all(other for _, _, other in done))
        print("map keeps the input order:", [sq for _, sq, _ in pool.map(square, [5, 1, 4])])
