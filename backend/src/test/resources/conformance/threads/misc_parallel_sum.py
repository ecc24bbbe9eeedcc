# Sum a list in chunks, one thread per chunk
import threading

numbers = list(range(1, 10001))
CHUNKS = 4
size = len(numbers) // CHUNKS
partial = [0] * CHUNKS

def summer(k):
    lo = k * size
    hi = len(numbers) if k == CHUNKS - 1 else lo + size
    partial[k] = sum(numbers[lo:hi])

threads = [threading.Thread(target=summer, args=(k,)) for k in range(CHUNKS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k, p in enumerate(partial):
    print("chunk", k, "=", p)
print("total:", sum(partial))
print("matches:", sum(partial) == sum(numbers))
