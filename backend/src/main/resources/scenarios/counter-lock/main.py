import threading

N_THREADS = 4
ROUNDS = 10_000

count = 0
count_lock = threading.Lock()


def bump():
    global count
    for _ in range(ROUNDS):
        with count_lock:   # only one thread at a time runs the read-modify-write
            count += 1


workers = [threading.Thread(target=bump, name=f"adder-{i}") for i in range(N_THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()

expected = N_THREADS * ROUNDS
print(f"expected {expected}, got {count}")
assert count == expected, "the lock should make every update count"
