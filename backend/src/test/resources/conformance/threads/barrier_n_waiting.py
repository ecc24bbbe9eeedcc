# n_waiting grows as threads arrive and drops to 0 when they pass
import threading
import time

b = threading.Barrier(3)
print("initially:", b.n_waiting)
threads = []
for k in range(2):
    t = threading.Thread(target=b.wait)
    t.start()
    threads.append(t)
    while b.n_waiting < k + 1:
        time.sleep(0.001)
    print("after thread", k, "arrived:", b.n_waiting)
index = b.wait()
for t in threads:
    t.join()
print("main was last, index:", index)
print("after passing:", b.n_waiting)
