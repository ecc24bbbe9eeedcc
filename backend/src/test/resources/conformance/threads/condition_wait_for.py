# wait_for(predicate) waits until the predicate is true and returns its value
import threading

cond = threading.Condition()
inbox = []

def sender():
    for word in ("alpha", "beta", "gamma"):
        with cond:
            inbox.append(word)
            cond.notify_all()

with cond:
    t = threading.Thread(target=sender)
    t.start()
    value = cond.wait_for(lambda: len(inbox) >= 3 and list(inbox))
    print("predicate returned:", value)
t.join()
with cond:
    print("already true:", cond.wait_for(lambda: "beta" in inbox))
    print("returns the value itself:", cond.wait_for(lambda: len(inbox)))
