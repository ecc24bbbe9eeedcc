# The name property can be read and assigned, before and during a run
import threading

renamed = threading.Event()
log = []

def worker():
    log.append("start as " + threading.current_thread().name)
    renamed.wait()
    log.append("now " + threading.current_thread().name)
    threading.current_thread().name = "self-renamed"

t = threading.Thread(target=worker, name="original")
print(t.name)
t.name = "changed-before-start"
print(t.name)
t.start()
t.name = "changed-while-running"
renamed.set()
t.join()
for line in log:
    print(line)
print("final:", t.name)
t.name = 123
print(repr(t.name))
