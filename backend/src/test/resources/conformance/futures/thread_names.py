from concurrent.futures import ThreadPoolExecutor
import threading
import time


def name(_):
    time.sleep(0.05)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as a:
    print(sorted(a.map(name, range(3))))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="download") as b:
    print(sorted(b.map(name, range(2))))
with ThreadPoolExecutor(2) as c:
    print(sorted(set(c.map(name, range(4)))))
    print(c._thread_name_prefix, c._max_workers)
t = [t for t in a._threads][0]
print(t.daemon, t.is_alive(), repr(t).split(" ")[0])
