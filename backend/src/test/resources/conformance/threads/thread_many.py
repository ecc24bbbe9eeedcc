# Fifty threads each computing a small value
import threading

N = 50
squares = [0] * N

def work(i):
    squares[i] = i * i

threads = []
for i in range(N):
    t = threading.Thread(target=work, args=(i,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(sum(squares))
print(squares[:10])
print(len({t.name for t in threads}), "distinct names")
print(threads[0].name, threads[-1].name)
print(threading.active_count())
