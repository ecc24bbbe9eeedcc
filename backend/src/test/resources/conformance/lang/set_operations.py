# Set operations on small integers
evens = {0, 2, 4, 6, 8}
primes = {2, 3, 5, 7}
print(evens, primes)
print(evens | primes, evens & primes, evens - primes, primes - evens, evens ^ primes)
print(evens.union(primes), evens.intersection(primes), evens.difference(primes), evens.symmetric_difference(primes))
print({2, 4}.issubset(evens), evens.issuperset({0, 8}), {2} <= primes, {2} < {2}, evens >= evens)
print(3 in primes, 4 in primes, len(evens))
s = set()
print(s, len(s))
for n in [5, 1, 5, 3, 1]:
    s.add(n)
print(s)
s.discard(100)
s.discard(5)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.update([7, 8], {9})
print(s, sorted(s, reverse=True))
one = {99}
print(one.pop(), one)
a = {1, 2, 3}
a |= {4}
a &= {2, 3, 4}
a -= {3}
print(a)
print(set([3, 3, 1, 2, 2]), set(range(5)), set("aaa"))
print({x % 4 for x in range(20)})
print(sorted({10, 1, 7} | {3}))
