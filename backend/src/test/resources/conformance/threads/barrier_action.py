# The barrier action runs exactly once per generation, before anyone is released
import threading

log = []
lock = threading.Lock()
gen = [0]

def action():
    gen[0] += 1
    with lock:
        log.append("action for generation %d" % gen[0])

b = threading.Barrier(3, action=action)

def worker(name):
    for r in range(3):
        b.wait()
        with lock:
            log.append("gen %d %s" % (gen[0], name))

threads = [threading.Thread(target=worker, args=(n,)) for n in ("x", "y", "z")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("action ran", gen[0], "times")
# within one generation the order of workers varies, so group and sort them
groups = []
for line in log:
    if line.startswith("action"):
        groups.append([line])
    else:
        groups[-1].append(line)
for g in groups:
    print(g[0], "->", sorted(g[1:]))
