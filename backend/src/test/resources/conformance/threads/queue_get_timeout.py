# get(timeout=...) raises Empty when nothing arrives
import queue
import threading
import time

q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.02)
except queue.Empty as e:
    print("Empty after timeout:", repr(e))
print("waited:", time.monotonic() - start >= 0.015)
try:
    q.get(True, 0)
except queue.Empty:
    print("timeout 0: Empty")
result = []

def late_put():
    q.put("arrived")

t = threading.Thread(target=late_put)
t.start()
result.append(q.get(timeout=5))
t.join()
print("got:", result)
