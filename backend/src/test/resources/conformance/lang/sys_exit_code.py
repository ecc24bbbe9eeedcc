# sys.exit with a non-zero code after cleanup in finally
import sys
def process(items):
    errors = 0
    for item in items:
        if item < 0:
            print("bad item", item)
            errors += 1
        else:
            print("ok", item)
    return errors
try:
    failures = process([1, -2, 3, -4])
    print("failures:", failures)
    if failures:
        sys.exit(3)
finally:
    print("finally still runs")
print("not reached")
