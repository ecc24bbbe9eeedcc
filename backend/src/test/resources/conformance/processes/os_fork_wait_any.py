import os
import time

pids = {}
for i, delay in enumerate([0.3, 0.1, 0.2]):
    pid = os.fork()
    if pid == 0:
        time.sleep(delay)
        os._exit(10 + i)
    pids[pid] = i
order = []
while pids:
    pid, status = os.wait()
    order.append((pids.pop(pid), os.WEXITSTATUS(status)))
print(order)
