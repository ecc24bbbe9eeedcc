# time usage whose output does not depend on the clock
import time
t0 = time.time()
total = sum(i * i for i in range(10000))
time.sleep(0.01)
t1 = time.time()
print("total", total)
print("clock moved forward:", t1 >= t0)
print("elapsed at least 10ms:", t1 - t0 >= 0.009)
print(type(t0).__name__)
start = time.time()
for delay in [0.001, 0.002]:
    time.sleep(delay)
print(time.time() - start >= 0.0029)
