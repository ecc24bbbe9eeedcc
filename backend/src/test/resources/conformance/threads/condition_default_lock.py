# Condition() uses a new RLock by default, so it is reentrant
import threading

cond = threading.Condition()
print(cond.acquire(), cond.acquire())
cond.notify()
print("notify allowed while held twice")
cond.release()
cond.release()
with cond:
    with cond:
        print("nested with works")
try:
    cond.release()
except RuntimeError as e:
    print(e)
shared = threading.RLock()
c1 = threading.Condition(shared)
c2 = threading.Condition(shared)
with c1:
    with c2:
        print("two conditions share one RLock")
