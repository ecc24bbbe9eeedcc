import random
random.seed(5)
big = 2 ** 62
for data in ([random.randrange(-1000, 1000) for _ in range(3000)],
             [random.randrange(-big, big) for _ in range(500)] + [-(2 ** 63), 2 ** 63 - 1],
             [random.randrange(2 ** 40) for _ in range(2000)]):
    a = sorted(data)
    b = sorted(data, reverse=True)
    print(a[:3], a[-3:], b[:3], len(a), a == sorted(a), b == a[::-1])
xs = [10 ** 3 + i % 3 for i in range(300)]
ids = [id(x) for x in xs]
order = sorted(range(300), key=lambda k: xs[k])
ys = sorted(xs)
print(all(id(y) == ids[k] for y, k in zip(ys, order)))
ys = sorted(xs, reverse=True)
order = sorted(range(300), key=lambda k: xs[k], reverse=True)
print(all(id(y) == ids[k] for y, k in zip(ys, order)))
