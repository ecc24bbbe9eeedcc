# acquire(timeout=...) returns False when no permit arrives in time
import threading
import time

sem = threading.Semaphore(0)
start = time.perf_counter()
print("timeout 0.02:", sem.acquire(timeout=0.02))
print("waited long enough:", time.perf_counter() - start >= 0.015)
print("timeout 0:", sem.acquire(timeout=0))
print("negative timeout:", sem.acquire(timeout=-1))
result = []

def waiter():
    result.append(sem.acquire(timeout=5))

t = threading.Thread(target=waiter)
t.start()
sem.release()
t.join()
print("released in time:", result)
