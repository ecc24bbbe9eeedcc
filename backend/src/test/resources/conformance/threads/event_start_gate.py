# Runners wait at a start gate, then race; results are reported sorted
import threading

gate = threading.Event()
lock = threading.Lock()
finished = []

def runner(name, laps):
    gate.wait()
    distance = 0
    for lap in range(laps):
        distance += 400
    with lock:
        finished.append((name, distance))

runners = [threading.Thread(target=runner, args=(n, l)) for n, l in (("kim", 3), ("lee", 5), ("max", 4))]
for r in runners:
    r.start()
print("gate open:", gate.is_set())
gate.set()
for r in runners:
    r.join()
for name, distance in sorted(finished):
    print(name, distance)
