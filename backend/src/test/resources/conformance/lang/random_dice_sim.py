# Dice simulation with a fixed seed
import random
random.seed(12345)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
for total in range(2, 13):
    n = counts.get(total, 0)
    print(f"{total:2} {n:4} {'*' * (n // 10)}")
print("mean:", sum(rolls) / len(rolls))
print("most common:", max(counts, key=counts.get))
streak = best = 1
for a, b in zip(rolls, rolls[1:]):
    streak = streak + 1 if a == b else 1
    best = max(best, streak)
print("longest streak:", best)
