# import forms for sys, math, random and time
import math
import sys, time
import random as rnd
from math import sqrt, pi as PI, floor
from sys import exit as bye
print(math.sqrt(2) == sqrt(2), PI == math.pi, floor(-2.5))
print(math.__name__, sys.__name__, rnd.__name__, time.__name__)
print(hasattr(math, "gcd"), hasattr(math, "nosuch"))
rnd.seed(1)
print(rnd.randint(1, 100))
print(bye.__name__)
def local_import():
    import math as m
    return m.factorial(6)
print(local_import())
import math
print("reimport is fine", math.e > 2.7)
