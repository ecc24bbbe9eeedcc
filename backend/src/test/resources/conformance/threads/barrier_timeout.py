# A wait that times out breaks the barrier for everybody
import threading

b = threading.Barrier(3)
lock = threading.Lock()
outcomes = []
first_waiting = threading.Event()

def patient():
    first_waiting.set()
    try:
        b.wait()
        outcomes.append("patient passed")
    except threading.BrokenBarrierError:
        with lock:
            outcomes.append("patient: BrokenBarrierError")

t = threading.Thread(target=patient)
t.start()
first_waiting.wait()
try:
    b.wait(timeout=0.02)
except threading.BrokenBarrierError as e:
    with lock:
        outcomes.append("impatient: " + type(e).__name__)
t.join()
print(sorted(outcomes))
print("broken:", b.broken)

d = threading.Barrier(2, timeout=0.01)
try:
    d.wait()
except threading.BrokenBarrierError:
    print("default timeout from the constructor broke it:", d.broken)
