# daemon: default from the creating thread, explicit values, inheritance
import threading

print("main daemon:", threading.current_thread().daemon)
a = threading.Thread(target=print)
print("default:", a.daemon)
b = threading.Thread(target=print, daemon=True)
print("explicit True:", b.daemon)
c = threading.Thread(target=print, daemon=False)
print("explicit False:", c.daemon)
a.daemon = True
print("set before start:", a.daemon)
a.daemon = 0
print("set to 0:", a.daemon)

inherited = {}

def spawner(key):
    child = threading.Thread(target=lambda: None)
    grandchild = threading.Thread(target=lambda: None, daemon=False)
    inherited[key] = (threading.current_thread().daemon, child.daemon, grandchild.daemon)

d1 = threading.Thread(target=spawner, args=("daemon parent",), daemon=True)
d2 = threading.Thread(target=spawner, args=("normal parent",))
d1.start()
d1.join()
d2.start()
d2.join()
for key in sorted(inherited):
    print(key, inherited[key])
