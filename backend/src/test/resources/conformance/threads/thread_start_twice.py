# A thread can only be started once
import threading

count = []
t = threading.Thread(target=lambda: count.append(1))
t.start()
try:
    t.start()
except RuntimeError as e:
    print("second start:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after join:", e)
    print(type(e).__name__, isinstance(e, threading.ThreadError))
print("ran", len(count), "time(s)")
