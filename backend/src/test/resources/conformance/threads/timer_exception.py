# An exception in a Timer function is reported like any thread exception
import threading

def alarm(limit):
    print("alarm check", limit)
    raise OverflowError(f"limit {limit} exceeded")

t = threading.Timer(0.01, alarm, args=(3,))
t.start()
t.join()
print("finished:", t.finished.is_set())
print("main done")
