# Count primes in ranges using a worker per range
import math
import threading

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

ranges = [(0, 1000), (1000, 2000), (2000, 3000), (3000, 4000)]
counts = {}
lock = threading.Lock()

def count(lo, hi):
    c = sum(1 for n in range(lo, hi) if is_prime(n))
    with lock:
        counts[(lo, hi)] = c

threads = [threading.Thread(target=count, args=r) for r in ranges]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in ranges:
    print(r, counts[r])
print("total:", sum(counts.values()))
