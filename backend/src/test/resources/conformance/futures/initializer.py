from concurrent.futures import ThreadPoolExecutor
import threading
import time

local = threading.local()
calls = []


def init(prefix, start):
    local.tag = prefix + threading.current_thread().name[-1]
    local.count = start
    calls.append(threading.current_thread().name)


def work(n):
    time.sleep(0.02)
    local.count += 1
    return local.tag


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("w", 100)) as ex:
    print(sorted(set(ex.map(work, range(6)))))
print(sorted(calls))
