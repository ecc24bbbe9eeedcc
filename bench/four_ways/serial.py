# One job done four ways (the seeds' comparison, C02): 20 web requests, each waiting 100 ms for
# the network and then spending 5 ms of CPU on the answer. This one: one after the other.
import time

REQUESTS = 20


def cpu_work():
    x = 0
    for i in range(70_000):  # about 5 ms of CPU (490,000 bytecodes at 10 ns)
        x += i
    return x


def fetch(n):
    time.sleep(0.1)  # the network
    return cpu_work()


if __name__ == "__main__":
    start = time.perf_counter()
    results = [fetch(n) for n in range(REQUESTS)]
    print(f"serial: {len(results)} requests in {time.perf_counter() - start:.2f} s")
