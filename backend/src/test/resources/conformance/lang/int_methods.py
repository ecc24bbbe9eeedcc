# Integer arithmetic helpers: gcd, primes, digits
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def digits(n):
    return [int(c) for c in str(abs(n))]

print([n for n in range(60) if is_prime(n)])
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(digits(90210), sum(digits(2 ** 50)))
print(abs(-5), abs(5), pow(3, 4), pow(3, 4, 5), pow(2, -2))
print(round(1234567, -3), round(1500, -3), round(2500, -3), round(-1500, -3))
print(max(3, 9, 1), min(3, 9, 1), sum([1, 2, 3], 10))
n = 1234
print(len(bin(n)) - 2, bin(-n))
palindromes = [n for n in range(100, 200) if str(n) == str(n)[::-1]]
print(palindromes)
perfect = [6, 28, 496, 8128, 8000]
for p in perfect:
    print(p, sum(d for d in range(1, p) if p % d == 0) == p)
