# Work generated with a seeded random module before threads start
import random
import threading

random.seed(42)
jobs = [[random.randint(1, 100) for _ in range(20)] for _ in range(5)]
maxima = [None] * 5
evens = [None] * 5

def analyse(k):
    maxima[k] = max(jobs[k])
    evens[k] = sum(1 for x in jobs[k] if x % 2 == 0)

threads = [threading.Thread(target=analyse, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in range(5):
    print(k, jobs[k][:5], "max", maxima[k], "evens", evens[k])
