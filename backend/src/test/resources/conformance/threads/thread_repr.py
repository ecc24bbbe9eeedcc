# repr of threads in the initial state, and with the ident masked afterwards
import threading

def job():
    pass

class Worker(threading.Thread):
    pass

t = threading.Thread(target=job, name="W")
print(repr(t))
print(repr(threading.Thread(target=job, name="D", daemon=True)))
print(repr(Worker(name="sub")))
print(str(t) == repr(t))
gate = threading.Event()
r = threading.Thread(target=gate.wait, name="R")
r.start()
print(repr(r).replace(str(r.ident), "IDENT"))
gate.set()
r.join()
print(repr(r).replace(str(r.ident), "IDENT"))
d = threading.Thread(target=job, name="DD", daemon=True)
d.start()
d.join()
print(repr(d).replace(str(d.ident), "IDENT"))
