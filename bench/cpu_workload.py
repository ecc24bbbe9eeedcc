# A pure-Python CPU workload: loops, calls, attribute access, lists, dicts and strings.
# Takes about 2 s on CPython 3.13 (the size issue 2 asks for); bench/cpu.sh runs it on CPython and on
# Interleave.
# bench/threads.sh also runs it with THREADS = 4: the same tasks shared by four threads.

THREADS = 1


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def vectors(n):
    total = Vector(0, 0)
    acc = 0
    for i in range(n):
        v = Vector(i, i % 7)
        total = total.add(v)
        acc += v.dot(total) % 1000
    return total.x, total.y, acc


def lists(n):
    data = [(i * 7919) % 1000 for i in range(n)]
    evens = [x for x in data if x % 2 == 0]
    data.sort()
    s = 0
    for x in data:
        s += x
    return len(evens), s, data[n // 2]


def dicts(n):
    counts = {}
    for i in range(n):
        key = i % 97
        counts[key] = counts.get(key, 0) + 1
    words = {}
    for i in range(n // 10):
        w = "w" + str(i % 50)
        if w in words:
            words[w] += 1
        else:
            words[w] = 1
    return len(counts), sum(counts.values()), len(words)


def strings(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    text = ",".join(parts)
    pieces = text.split(",")
    upper = 0
    for p in pieces:
        if p.startswith("1"):
            upper += len(p.upper())
    return len(text), len(pieces), upper


TASKS = [(fib, 28), (vectors, 1200000), (lists, 1800000), (dicts, 2400000), (strings, 1200000)]


def main():
    if THREADS == 1:
        for f, n in TASKS:
            print(f(n))
        return
    import threading
    results = [None] * len(TASKS)

    def worker(k):
        for i in range(k, len(TASKS), THREADS):
            f, n = TASKS[i]
            results[i] = f(n)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        print(r)


main()
