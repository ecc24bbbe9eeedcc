from concurrent.futures import ThreadPoolExecutor, Future
import threading

order = []


def make(tag):
    def callback(fut):
        order.append((tag, fut.result(), threading.current_thread().name))
    return callback


with ThreadPoolExecutor(max_workers=1) as ex:
    gate = threading.Event()
    f = ex.submit(lambda: gate.wait() and 42)
    f.add_done_callback(make("first"))
    f.add_done_callback(make("second"))
    gate.set()
    f.result()
print(order)
order.clear()
f.add_done_callback(make("late"))
print(order)
g = Future()
g.add_done_callback(lambda fut: print("cancel callback:", fut.cancelled()))
print("cancel:", g.cancel())
