# Each timer starts the next one, giving a fixed sequence
import threading

log = []
done = threading.Event()
timers = []

def tick(n):
    log.append("tick %d" % n)
    if n < 4:
        nxt = threading.Timer(0.001, tick, args=(n + 1,))
        timers.append(nxt)
        nxt.start()
    else:
        done.set()

first = threading.Timer(0.001, tick, args=(1,))
first.start()
done.wait()
first.join()
for t in timers:
    t.join()
print("\n".join(log))
print("timers created:", len(timers) + 1)
