from concurrent.futures import ThreadPoolExecutor
import time

log = []


def step(n):
    time.sleep(0.01 * (5 - n))
    log.append(n)
    return n


with ThreadPoolExecutor(max_workers=5) as ex:
    print(ex.__enter__() is ex)
    futures = [ex.submit(step, n) for n in range(5)]
print("after with:", sorted(log), all(f.done() for f in futures))
print("exit returns:", ex.__exit__(None, None, None))
try:
    with ThreadPoolExecutor(max_workers=2) as ex:
        ex.submit(step, 4)
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, log.count(4))
