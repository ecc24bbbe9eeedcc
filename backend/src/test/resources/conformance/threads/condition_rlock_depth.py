# wait() on a Condition over an RLock fully releases it and restores the depth
import threading

r = threading.RLock()
cond = threading.Condition(r)
log = []

def other():
    with cond:
        log.append("other got the lock while main waits")
        cond.notify()

r.acquire()
r.acquire()
r.acquire()
t = threading.Thread(target=other)
t.start()
result = cond.wait(5)
log.append("main woke: " + str(result))
t.join()
for line in log:
    print(line)
for i in range(1, 4):
    r.release()
    print("release", i, "ok")
try:
    r.release()
except RuntimeError as e:
    print("release 4:", e)
