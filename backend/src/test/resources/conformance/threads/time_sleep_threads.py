# Sleeping threads: the report order comes from joins, not from timing
import threading
import time

log = {}

def napper(name, secs):
    before = time.monotonic()
    time.sleep(secs)
    log[name] = time.monotonic() - before >= secs * 0.9

threads = [threading.Thread(target=napper, args=(n, s)) for n, s in (("long", 0.03), ("short", 0.01), ("zero", 0))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ("long", "short", "zero"):
    print(name, "slept enough:", log[name])
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
