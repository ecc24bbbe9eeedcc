import threading
import time


def crunch():
    total = 0
    for i in range(150_000):      # pure Python arithmetic: needs the GIL the whole time
        total += i * i
    return total


def fetch():
    time.sleep(0.020)             # stands in for a network call: no CPU, GIL released


def timed(label, work, n_threads):
    start = time.perf_counter()
    threads = [threading.Thread(target=work, name=f"{label}-{i + 1}") for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ms = (time.perf_counter() - start) * 1000
    print(f"{n_threads} x {label}: {ms:.1f} ms")


timed("crunch", crunch, 1)
timed("crunch", crunch, 4)     # four cores, one GIL: about four times as long as one
timed("fetch", fetch, 1)
timed("fetch", fetch, 4)       # the waits overlap: about as long as one
