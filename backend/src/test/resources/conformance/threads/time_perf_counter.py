# perf_counter differences cover a sleep's duration
import time
import threading

start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print("elapsed >= 0.02:", elapsed >= 0.019)
print("elapsed < 10:", elapsed < 10)
durations = [None, None]

def timed(i, secs):
    s = time.perf_counter()
    time.sleep(secs)
    durations[i] = time.perf_counter() - s

threads = [threading.Thread(target=timed, args=(i, 0.01 * (i + 1))) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("each at least its sleep:", durations[0] >= 0.009, durations[1] >= 0.019)
ns = time.perf_counter_ns()
print("ns is int:", isinstance(ns, int))
