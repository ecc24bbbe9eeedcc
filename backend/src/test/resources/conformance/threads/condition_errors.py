# Using a Condition without holding its lock
import threading

cond = threading.Condition()
for name, call in (("wait", lambda: cond.wait()),
                   ("wait(0)", lambda: cond.wait(0)),
                   ("wait_for", lambda: cond.wait_for(lambda: True)),
                   ("notify", lambda: cond.notify()),
                   ("notify(2)", lambda: cond.notify(2)),
                   ("notify_all", lambda: cond.notify_all())):
    try:
        call()
        print(name, "-> no error")
    except RuntimeError as e:
        print(name, "->", repr(e))
try:
    cond.release()
except RuntimeError as e:
    print("release ->", e)

plain = threading.Condition(threading.Lock())
try:
    plain.notify()
except RuntimeError as e:
    print("Lock-based notify ->", e)
try:
    plain.wait(0)
except RuntimeError as e:
    print("Lock-based wait ->", e)
# another thread holding the lock does not count as owning it here
other = threading.Condition()
held = threading.Event()
done = threading.Event()

def holder():
    with other:
        held.set()
        done.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
try:
    other.notify()
except RuntimeError as e:
    print("lock held by another thread ->", e)
done.set()
t.join()
