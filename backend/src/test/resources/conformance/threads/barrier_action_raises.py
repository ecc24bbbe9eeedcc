# If the action raises, the last arriver gets that exception, the others BrokenBarrierError
import threading

def action():
    raise ZeroDivisionError("action failed")

b = threading.Barrier(3, action=action)
lock = threading.Lock()
outcomes = []

def worker():
    try:
        b.wait()
        outcome = "passed"
    except threading.BrokenBarrierError as e:
        outcome = "BrokenBarrierError " + repr(e)
    except ZeroDivisionError as e:
        outcome = "ZeroDivisionError " + str(e)
    with lock:
        outcomes.append(outcome)

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for o in sorted(outcomes):
    print(o)
print("broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("later wait fails at once")
