# wait(timeout) returns False when nobody notifies
import threading

cond = threading.Condition()
with cond:
    print("wait(0.01):", cond.wait(0.01))
    print("wait(timeout=0):", cond.wait(timeout=0))
    cond.notify()   # would raise if the lock had not been re-acquired
    print("still own the lock after timeouts")

flag = threading.Event()
results = []

def notifier():
    with cond:
        flag.set()
        cond.notify()

with cond:
    t = threading.Thread(target=notifier)
    t.start()
    results.append(cond.wait(5))   # notifier needs the lock, which wait releases
t.join()
print("notified wait:", results, flag.is_set())
