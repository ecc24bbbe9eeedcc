# from-import of several names and name binding
from math import gcd, factorial, isqrt, ceil, inf
from random import seed, choice
from time import sleep
print(gcd(84, 36), factorial(10), isqrt(99), ceil(2.01), inf)
seed(7)
print(choice(["red", "green", "blue", "gold"]))
sleep(0.01)
print("slept")
def gcd(a, b):
    return "shadowed"
print(gcd(1, 2))
from math import gcd
print(gcd(12, 18))
