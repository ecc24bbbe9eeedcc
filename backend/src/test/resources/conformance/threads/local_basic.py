# threading.local gives each thread its own attribute values
import threading

data = threading.local()
data.name = "main"
lock = threading.Lock()
report = []

def worker(n):
    print_has = hasattr(data, "name")
    data.name = "worker-%d" % n
    data.items = [n] * n
    with lock:
        report.append((n, print_has, data.name, data.items))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in sorted(report):
    print(row)
print("main still sees:", data.name)
print("main has items:", hasattr(data, "items"))
print(sorted(data.__dict__))
