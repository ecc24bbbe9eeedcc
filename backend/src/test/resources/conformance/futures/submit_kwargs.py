from concurrent.futures import ThreadPoolExecutor


def describe(fn, *args, sep="-", **kwargs):
    return sep.join([str(fn), *map(str, args), *(f"{k}={v}" for k, v in sorted(kwargs.items()))])


with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(describe, "a", 1, 2).result())
    print(ex.submit(describe, fn="f", sep="+", z=1, y=2).result())
    print(ex.submit(describe, "self", self=3).result())
    try:
        ex.submit()
    except TypeError as e:
        print("TypeError:", e)
    try:
        ex.submit(fn=describe)
    except TypeError as e:
        print("TypeError:", e)
