# Sieve of Eratosthenes with sets
def primes_upto(n):
    candidates = set(range(2, n + 1))
    for i in range(2, int(n ** 0.5) + 1):
        if i in candidates:
            candidates -= set(range(i * i, n + 1, i))
    return candidates
p = primes_upto(60)
print(sorted(p))
print(len(p), 59 in p, 57 in p)
twins = sorted((a, a + 2) for a in p if a + 2 in p)
print(twins)
squares = {n * n for n in range(10)}
cubes = {n ** 3 for n in range(10)}
print(sorted(squares & cubes), sorted(squares - cubes)[:5])
digits_used = set()
for n in [121, 343, 90]:
    digits_used |= {int(d) for d in str(n)}
print(digits_used, set(range(10)) - digits_used)
