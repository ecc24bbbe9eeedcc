# The main thread ends with an uncaught exception after its workers finished
import threading

totals = [0, 0]

def add(i, n):
    totals[i] = sum(range(n))

threads = [threading.Thread(target=add, args=(i, 10 * (i + 1))) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals:", totals)
if totals[0] != totals[1]:
    raise AssertionError(f"totals differ: {totals[0]} != {totals[1]}")
print("not reached")
