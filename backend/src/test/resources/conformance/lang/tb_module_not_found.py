# Importing a module that does not exist
import sys
import math
import random
print("math ok", math.floor(2.5))
random.seed(1)
print("random ok", random.randint(1, 10))
print("argv has", len(sys.argv), "entry")
import nosuch
print("never")
