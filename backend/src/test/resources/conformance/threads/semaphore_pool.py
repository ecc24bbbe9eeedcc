# A BoundedSemaphore guarding a small pool of connections
import threading

pool = ["conn-1", "conn-2"]
pool_lock = threading.Lock()
slots = threading.BoundedSemaphore(len(pool))
usage = {}

def client(i):
    with slots:
        with pool_lock:
            conn = pool.pop()
        with pool_lock:
            usage[conn] = usage.get(conn, 0) + 1
            pool.append(conn)

threads = [threading.Thread(target=client, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total uses:", sum(usage.values()))
print("pool restored:", sorted(pool))
print("connections known:", sorted(set(usage) | set(pool)))
try:
    slots.release()
except ValueError as e:
    print("extra release:", e)
