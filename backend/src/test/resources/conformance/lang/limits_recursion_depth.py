# Depth reached under a small recursion limit
import sys
sys.setrecursionlimit(50)
print("limit:", sys.getrecursionlimit())
deepest = 0
def dive(depth):
    global deepest
    deepest = depth
    dive(depth + 1)
try:
    dive(1)
except RecursionError as e:
    print("RecursionError:", e)
print("deepest frame reached:", deepest)
def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)
print(safe_depth(30))
