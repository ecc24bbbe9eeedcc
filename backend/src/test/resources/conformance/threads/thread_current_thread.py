# current_thread() inside each thread is that thread's object
import threading

lock = threading.Lock()
report = []

def worker(expected):
    me = threading.current_thread()
    with lock:
        report.append((me.name, me is expected[0], me.name == expected[0].name))

threads = []
for name in ("alpha", "beta", "gamma", "delta"):
    holder = []
    t = threading.Thread(target=worker, args=(holder,), name=name)
    holder.append(t)
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in sorted(report):
    print(row)
print("main:", threading.current_thread().name)
print("current is main:", threading.current_thread() is threading.main_thread())
