# put(timeout=...) on a full queue raises Full
import queue
import threading

q = queue.Queue(maxsize=1)
q.put("first")
try:
    q.put("second", timeout=0.02)
except queue.Full as e:
    print("Full:", repr(e))
try:
    q.put("second", True, 0)
except queue.Full:
    print("timeout 0: Full")
print("contents:", q.get())
q.put("first")
freed = []

def taker():
    freed.append(q.get())

t = threading.Thread(target=taker)
t.start()
q.put("second", timeout=5)
t.join()
print("taker took:", freed, "queue now holds:", q.get_nowait())
