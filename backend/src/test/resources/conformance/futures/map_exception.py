from concurrent.futures import ThreadPoolExecutor


def inverse(n):
    return 1 / n


with ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(inverse, [4, 2, 0, 1])
    print(next(results))
    print(next(results))
    for r in results:
        print(r)
