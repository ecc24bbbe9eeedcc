# The training run of the CLI's ahead-of-time cache (backend/pom.xml, profile aot-cache; see
# launch/CliJvm.java): the JVM records which classes it loads and how the interpreter's methods
# behave while this runs, so that later runs start with them. It exercises a broad mix of
# ordinary Python and the concurrency modules rather than any one benchmark.
import asyncio
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Account:
    rate = 3

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    @property
    def interest(self):
        return self.balance * self.rate // 100

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    rate = 5

    def deposit(self, amount):
        return super().deposit(amount * 2)


def primes(limit):
    sieve = [True] * limit
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit, i):
                sieve[j] = False
    return [i for i in range(2, limit) if sieve[i]]


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def make_counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def words(n):
    text = " ".join("w%d" % (i % 37) for i in range(n))
    freq = {}
    for w in text.split():
        freq[w] = freq.get(w, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    seen = {w.upper() for w in freq if w.endswith("1")}
    return top, len(seen), text.count("w1"), text[:10].replace("w", "W")


def numbers(n):
    total = 0.0
    big = 1
    for i in range(1, n):
        total += i / 3 + (i % 5) * 1.5
        big = big * 3 % 1000003
    return round(total, 3), big, divmod(n, 7), abs(-n), max(range(n)), min(3, 1, 2), sum(range(n)), 2 ** 70


def errors(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                {}["missing"]
            elif i % 3 == 1:
                [][i]
            else:
                int("x%d" % i)
        except (KeyError, IndexError):
            caught += 1
        except ValueError as e:
            caught += len(str(e)) > 0
        finally:
            caught += 0
    return caught


def objects(n):
    accounts = [Account("a%d" % i, i) if i % 2 else Savings("s%d" % i) for i in range(n)]
    for k, acc in enumerate(accounts):
        acc.deposit(k + 1)
    accounts.sort()
    richest = max(accounts, key=lambda a: a.balance)
    return repr(richest), sum(a.interest for a in accounts), isinstance(richest, Savings)


def sequences(n):
    data = list(range(n))
    pairs = list(zip(data, reversed(data)))
    evens = list(filter(lambda x: x % 2 == 0, data))
    squares = list(map(lambda x: x * x, evens))
    nested = [[i * j for j in range(5)] for i in range(n // 100)]
    t = tuple(squares[:5])
    s = set(data[::7]) & set(data[::5])
    g = fibs()
    first = [next(g) for _ in range(20)]
    data.reverse()
    data.insert(0, -1)
    data.pop()
    return len(pairs), t, len(s), first[-1], nested[-1], data[:3], any(evens), all(squares)


def with_threads(n):
    lock = threading.Lock()
    results = queue.Queue()
    counter = [0]

    def work(k):
        local = 0
        for i in range(n):
            local += collatz(i + k + 1)
        with lock:
            counter[0] += local
        results.put((k, local))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with ThreadPoolExecutor(max_workers=2) as pool:
        squares = list(pool.map(lambda x: x * x, range(20)))
    time.sleep(0.01)
    return counter[0], sorted(results.get() for _ in range(3)), sum(squares)


async def with_asyncio(n):
    async def fetch(i):
        await asyncio.sleep(0.001 * (i % 3))
        return i * 2

    results = await asyncio.gather(*(fetch(i) for i in range(n)))
    q = asyncio.Queue()
    for r in results:
        await q.put(r)
    total = 0
    while not q.empty():
        total += await q.get()
    return total


def main():
    bump = make_counter()
    for round_ in range(3):
        print(len(primes(20000)), sum(collatz(i) for i in range(1, 3000)), ackermann(2, 3))
        print(words(20000))
        print(numbers(40000))
        print(errors(3000), bump(), bump(round_))
        print(objects(3000))
        print(sequences(20000))
        print(with_threads(300))
        print(asyncio.run(with_asyncio(20)))
        print(f"{round_:>3}|{3.14159:.2f}|{'x':^5}|{255:#x}", "a,b".split(","), "-".join(["p", "q"]))


main()
