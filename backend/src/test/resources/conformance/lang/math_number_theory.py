# Number theory with math.gcd, isqrt and factorial
import math
def lcm(a, b):
    return a * b // math.gcd(a, b)
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
def comb(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))
total = 1
for i in range(1, 21):
    total = lcm(total, i)
print("lcm(1..20) =", total)
print([n for n in range(200) if is_square(n)])
print([comb(6, k) for k in range(7)])
for n in range(7):
    print(" " * (6 - n) * 2 + "".join(f"{comb(n, k):4}" for k in range(n + 1)))
print(comb(52, 5), comb(100, 50))
print(math.isqrt(2 * 10 ** 40))
fractions = [(6, 8), (21, 14), (100, 75), (17, 5)]
for a, b in fractions:
    g = math.gcd(a, b)
    print(f"{a}/{b} = {a // g}/{b // g}")
