# Only the owner may release an RLock
import threading

r = threading.RLock()
r.acquire()
errors = []

def intruder():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(repr(e))

t = threading.Thread(target=intruder)
t.start()
t.join()
print("intruder got:", errors)
r.release()
print("owner released fine")

def owner_then_exit():
    r.acquire()

t = threading.Thread(target=owner_then_exit)
t.start()
t.join()
try:
    r.release()
except RuntimeError as e:
    print("main releasing a lock owned by a finished thread:", e)
print("main can't take it:", r.acquire(blocking=False))
