# Seeded random numbers are reproducible
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
print(round(random.uniform(1.5, 2.5), 12), random.uniform(-1, 1))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
random.seed(42)
print(random.random())
random.seed(2024)
a = [random.random() for _ in range(3)]
random.seed(2024)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(0)
print(random.randint(1, 10 ** 12), random.randint(-5, 5), random.randrange(2 ** 70))
