import threading

N_THREADS = 4
ROUNDS = 10_000

count = 0


def bump():
    global count
    for _ in range(ROUNDS):
        count += 1   # load count, add 1, store count: three steps, not one


workers = [threading.Thread(target=bump, name=f"adder-{i}") for i in range(N_THREADS)]
for w in workers:
    w.start()
for w in workers:
    w.join()

expected = N_THREADS * ROUNDS
print(f"expected {expected}, got {count}")
print(f"{expected - count} updates were lost")
