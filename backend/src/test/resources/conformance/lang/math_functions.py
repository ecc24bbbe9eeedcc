# The math module
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), type(math.floor(1.5)))
print(math.gcd(48, 180), math.gcd(0, 0), math.gcd(-12, 18))
print(math.factorial(0), math.factorial(12), math.factorial(30))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), round(math.log(10), 10))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), round(math.sin(math.pi), 10))
print(round(math.cos(0), 3), round(math.sin(1), 6))
for deg in [0, 30, 45, 60, 90]:
    rad = deg * math.pi / 180
    print(deg, round(math.sin(rad), 4), round(math.cos(rad), 4))
print(math.inf > 10 ** 300, math.isclose(math.sqrt(2) ** 2, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
