import multiprocessing as mp


def noaddr(text):
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = text.index(">", i)
        text = text[:i] + text[j:]
    return text

def add(a, b=10):
    return a + b


if __name__ == "__main__":
    pool = mp.Pool(2)
    print(pool.apply(add, (1, 2)))
    print(pool.apply(add, (5,), {"b": 7}))
    r = pool.apply_async(add, (3, 4))
    r.wait()
    print(r.ready(), r.successful(), r.get())
    print(type(r).__name__, isinstance(r, mp.pool.AsyncResult), mp.pool.AsyncResult is mp.pool.ApplyResult)
    pool.close()
    pool.join()
    print(pool)
