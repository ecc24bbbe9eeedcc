# One barrier reused for several rounds of a stepwise computation
import threading

N = 4
values = [1, 2, 3, 4]
new_values = [0] * N
history = []

def publish():
    values[:] = new_values
    history.append(list(values))

b = threading.Barrier(N, action=publish)

def cell(i):
    for step in range(4):
        left = values[(i - 1) % N]
        right = values[(i + 1) % N]
        b.wait()                     # everyone has read
        new_values[i] = left + right
        b.wait()                     # everyone has written; action publishes

threads = [threading.Thread(target=cell, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in history:
    print(row)
