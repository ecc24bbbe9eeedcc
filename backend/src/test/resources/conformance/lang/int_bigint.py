# Arbitrary precision integers
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in (0, 1, 5, 10, 20, 25, 30):
    print(n, factorial(n))
print(2 ** 200)
print(-(2 ** 100))
big = 10 ** 50 + 7
print(big, big % 97, big // 12345678901234567890)
print(len(str(factorial(100))))
print(sum(int(d) for d in str(2 ** 1000)))
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[99])
print(fib[99] * fib[98] - fib[97] ** 2)
print(3 ** 100 - 3 ** 99 * 3)
print((2 ** 64 - 1) & (2 ** 32 + 5))
print(2 ** 64 >> 3, 1 << 100)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(10 ** 25, 999983))
print(pow(2, 10 ** 5, 10 ** 9 + 7))
print(abs(-(3 ** 80)))
print(int("1" * 40) * 9)
