# Timers get default names like other threads and can be named
import threading

def nothing():
    pass

a = threading.Thread(target=nothing)
t = threading.Timer(0, nothing)
b = threading.Thread(target=nothing)
print(a.name)
print(t.name)
print(b.name)
print(repr(t))
t.name = "alarm"
print(repr(t))
seen = []
t.function = lambda: seen.append(threading.current_thread().name)
t.start()
t.join()
print("ran as:", seen)
d = threading.Timer(0, nothing)
print("daemon:", d.daemon)
d.daemon = True
print(repr(d))
