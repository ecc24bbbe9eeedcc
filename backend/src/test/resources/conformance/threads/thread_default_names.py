# Default thread names: "Thread-N (func)" with a target, "Thread-N" without
import threading

def fetch():
    pass

def store():
    pass

class Worker(threading.Thread):
    def run(self):
        pass

a = threading.Thread(target=fetch)
b = threading.Thread(target=store)
c = Worker()
d = threading.Thread(target=fetch, name="custom")
e = threading.Thread()
f = threading.Thread(target=lambda: None)
g = Worker(name="named-worker")
h = threading.Thread(target=fetch)
for t in (a, b, c, d, e, f, g, h):
    print(repr(t.name))
for t in (a, b, c, d, e, f, g, h):
    t.start()
for t in (a, b, c, d, e, f, g, h):
    t.join()
print("names unchanged:", a.name, "|", h.name)
print(threading.Thread(name=42).name, threading.Thread(name="").name == "")
