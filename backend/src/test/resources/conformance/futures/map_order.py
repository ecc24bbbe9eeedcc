from concurrent.futures import ThreadPoolExecutor
import time


def slow_echo(item):
    delay, value = item
    time.sleep(delay)
    return value


items = [(0.3, "a"), (0.1, "b"), (0.2, "c"), (0.0, "d")]
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_echo, items)))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(abs, [])))
    print(list(ex.map(str.upper, "xyz", chunksize=5)))
