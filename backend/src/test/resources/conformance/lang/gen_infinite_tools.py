# Hand-written itertools-like helpers
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def cycle(items):
    saved = list(items)
    while saved:
        for x in saved:
            yield x
def islice(it, stop):
    it = iter(it)
    for _ in range(stop):
        try:
            yield next(it)
        except StopIteration:
            return
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            break
        yield x
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(islice(count(10, 5), 5)))
print(list(islice(cycle("abc"), 8)))
print(list(takewhile(lambda x: x < 30, count(1, 7))))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(pairwise([1, 4, 9, 16])))
print(list(zip(count(), "hey")))
print(list(islice(cycle([]), 3)), list(pairwise([])))
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(islice(primes, 12)))
