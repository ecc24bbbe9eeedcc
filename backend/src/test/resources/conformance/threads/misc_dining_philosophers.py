# Dining philosophers; forks are always picked up lowest number first
import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N

def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1

threads = [threading.Thread(target=philosopher, args=(i, 20 + i), name="phil-%d" % i) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in range(N):
    print("philosopher", i, "ate", meals[i], "times")
print("total meals:", sum(meals))
print("all forks on the table:", not any(f.locked() for f in forks))
