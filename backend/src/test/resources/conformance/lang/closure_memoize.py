# A memoizing decorator implemented with a closure
def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
            return cache[n]
        stats["misses"] += 1
        cache[n] = func(n)
        return cache[n]
    wrapper.stats = stats
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
@memoize
def stairs(n):
    if n <= 1:
        return 1
    return stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)
print(fib(50), fib.stats)
print(fib(60), fib.stats)
print([stairs(i) for i in range(10)], stairs.stats)
