# Monte Carlo estimate of pi with a seeded generator
import random
import math
random.seed(2718)
inside = 0
trials = 20000
for i in range(1, trials + 1):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
    if i in (10, 100, 1000, 10000, 20000):
        est = 4 * inside / i
        print(f"{i:6} trials: pi ~ {est:.5f} error {abs(est - math.pi):.5f}")
walk = 0
positions = []
for step in range(20):
    walk += random.choice([-1, 1])
    positions.append(walk)
print(positions)
print(min(positions), max(positions))
print([round(random.uniform(0, 10), 3) for _ in range(5)])
