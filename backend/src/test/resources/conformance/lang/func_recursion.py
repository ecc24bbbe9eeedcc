# Recursive functions
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out
def flatten(x):
    if not isinstance(x, list):
        return [x]
    result = []
    for item in x:
        result.extend(flatten(item))
    return result
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([factorial(i) for i in range(8)])
moves = []
hanoi(3, "A", "C", "B", moves)
for m in moves:
    print("move disk %d from %s to %s" % m)
print(len(moves))
print(permutations("abc"))
print(permutations([1, 2, 3])[-1])
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
print(ackermann(2, 3), ackermann(1, 5))
