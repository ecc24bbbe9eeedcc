# Return values: none, multiple, early
def nothing():
    pass
def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return n * 2
def stats(values):
    if not values:
        return None, None, None
    n = len(values)
    mean = sum(values) / n
    s = sorted(values)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return min(values), mean, median
print(nothing(), early(-3), early(0), early(21))
print(stats([3, 1, 4, 1, 5, 9, 2, 6]))
lo, mean, med = stats([10, 20, 30])
print(lo, mean, med)
print(stats([]))
def divide(a, b):
    if b == 0:
        return False, "cannot divide by zero"
    return True, a / b
for a, b in [(10, 4), (1, 0), (9, 3)]:
    ok, value = divide(a, b)
    print("ok" if ok else "error", value)
def loop_return(items):
    for i in items:
        if i > 2:
            return i
    return -1
print(loop_return([1, 2, 3, 4]), loop_return([1]))
