# get_ident / get_native_id are unique per live thread
import threading

lock = threading.Lock()
idents = {}
natives = {}
barrier = threading.Barrier(3)

def worker(n):
    barrier.wait()          # all alive at once, so identifiers are distinct
    with lock:
        idents[n] = threading.get_ident()
        natives[n] = threading.get_native_id()
    barrier.wait()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
main_id = threading.get_ident()
print("distinct idents:", len(set(idents.values())) == 3)
print("distinct native ids:", len(set(natives.values())) == 3)
print("none equal main:", main_id not in idents.values())
print("matches thread.ident:", [idents[i] == threads[i].ident for i in range(3)])
print("matches native_id:", [natives[i] == threads[i].native_id for i in range(3)])
print("stable in main:", threading.get_ident() == main_id)
