from concurrent.futures import ThreadPoolExecutor

seen = []


def record(n):
    seen.append(n)
    return n * 10


with ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(record, range(5))
    first = next(it)
    rest = list(it)
print(first, rest, seen)
