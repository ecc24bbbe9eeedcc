import os
import sys
import threading

lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()

with lock, rlock:
    with rlock:
        pid = os.fork()
        who = "child" if pid == 0 else "parent"
        print(who, "inside:", lock.locked(), rlock._is_owned())
print(who, "after the with blocks:", lock.locked(), rlock._is_owned())
with cond:
    cond.notify_all()
print(who, "acquires again:", lock.acquire(timeout=0.1), rlock.acquire(timeout=0.1))
if pid == 0:
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
