# main_thread() is the same object from every thread
import threading

info = {}

def worker():
    m = threading.main_thread()
    info["name"] = m.name
    info["is current"] = m is threading.current_thread()
    info["alive"] = m.is_alive()
    info["daemon"] = m.daemon

t = threading.Thread(target=worker)
t.start()
t.join()
for k in sorted(info):
    print(k, "->", info[k])
m = threading.main_thread()
print(m.name, m.daemon, m is threading.current_thread())
print(type(m).__name__)
print(isinstance(m, threading.Thread))
print(isinstance(m.ident, int), m.ident == threading.get_ident())
