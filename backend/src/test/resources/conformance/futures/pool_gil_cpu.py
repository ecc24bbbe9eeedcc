from concurrent.futures import ThreadPoolExecutor


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(count, [10000, 20000, 30000, 40000]))
print(results)
print(sum(results) == sum(count(n) for n in [10000, 20000, 30000, 40000]))
