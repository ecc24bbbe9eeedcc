# Iterator protocol with __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
for n in Countdown(2):
    print("tick", n)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), sum(f))
it = iter([10, 20, 30])
print(next(it), list(it), next(it, None))
it2 = iter(Countdown(4))
print(type(it2).__name__, iter(it2) is it2)
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            for x in self.items:
                yield x
print(list(Cycle("ab", 3)), dict(zip(Cycle([1, 2], 2), "wxyz")))
