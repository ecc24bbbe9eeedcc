# acquire(blocking=False) on a Semaphore
import threading

sem = threading.Semaphore(2)
print(sem.acquire(blocking=False))
print(sem.acquire(False))
print("exhausted:", sem.acquire(False))
sem.release()
print("after one release:", sem.acquire(False))
sem.release()
sem.release()
got = []
threads = [threading.Thread(target=lambda: got.append(sem.acquire(False))) for _ in range(3)]
for t in threads:
    t.start()
    t.join()
print("threads:", got)
zero = threading.Semaphore(0)
print("Semaphore(0):", zero.acquire(False))
