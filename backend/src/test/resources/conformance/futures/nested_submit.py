from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)


def leaf(n):
    return n + 1


def parent(n):
    child = ex.submit(leaf, n)
    return child.result() * 10


print(ex.submit(parent, 4).result())
print([f.result() for f in [ex.submit(parent, i) for i in range(1)]])
ex.shutdown()
