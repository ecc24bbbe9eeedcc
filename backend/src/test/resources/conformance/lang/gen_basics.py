# Generator functions and lazy evaluation
def count_up(limit):
    print("  generator started")
    n = 0
    while n < limit:
        print("  yielding", n)
        yield n
        n += 1
    print("  generator finished")
g = count_up(3)
print("created generator", type(g).__name__)
print(next(g))
print(next(g))
for value in g:
    print("loop got", value)
print(list(g), next(g, "exhausted"))
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fib = fibonacci()
print([next(fib) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fibonacci())), list(take(0, fibonacci())))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(take(6, evens(fibonacci()))))
print(sum(take(10, fibonacci())), max(take(10, fibonacci())))
