# Memoization with a dictionary
calls = 0
memo = {}
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
print(fib(30), calls)
print(fib(90), calls)
print(len(memo), memo[10], memo[50])
def make_cached(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        else:
            print("  cache hit", args)
        return cache[args]
    return wrapper
@make_cached
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(2, 2))
print(grid_paths(3, 3))
print(grid_paths(2, 2))
