# notify() does not release the lock: the waiter runs only after the notifier leaves
import threading

cond = threading.Condition()
log = []
state = {"go": False}
is_waiting = threading.Event()

def waiter():
    with cond:
        is_waiting.set()
        cond.wait_for(lambda: state["go"])
        log.append("waiter resumed")

t = threading.Thread(target=waiter)
t.start()
is_waiting.wait()
with cond:
    state["go"] = True
    cond.notify()
    log.append("notifier still holds lock")
    for i in range(3):
        log.append("notifier work %d" % i)
    log.append("notifier leaving")
t.join()
print("\n".join(log))
