# threading.enumerate() lists live threads
import threading

gate = threading.Event()
ready = threading.Barrier(4)

def worker():
    ready.wait()
    gate.wait()

print([t.name for t in threading.enumerate()])
threads = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
ready.wait()
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
unstarted = threading.Thread(target=worker, name="never")
print("unstarted listed:", unstarted in threading.enumerate())
gate.set()
for t in threads:
    t.join()
print(sorted(t.name for t in threading.enumerate()))
print(threading.enumerate()[0] is threading.main_thread())
