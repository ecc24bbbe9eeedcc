# ident and native_id: None before start, ints afterwards
import threading

seen = {}
ready = threading.Event()
go = threading.Event()

def worker():
    me = threading.current_thread()
    seen["get_ident matches"] = threading.get_ident() == me.ident
    seen["native matches"] = threading.get_native_id() == me.native_id
    ready.set()
    go.wait()

t = threading.Thread(target=worker)
print("ident before start:", t.ident)
print("native_id before start:", t.native_id)
t.start()
ready.wait()
print("ident is int:", isinstance(t.ident, int))
print("native_id is int:", isinstance(t.native_id, int))
print("differs from main:", t.ident != threading.main_thread().ident)
print("native differs from main:", t.native_id != threading.get_native_id())
ident_while_running = t.ident
go.set()
t.join()
print("ident kept after join:", t.ident == ident_while_running)
for key in sorted(seen):
    print(key, seen[key])
