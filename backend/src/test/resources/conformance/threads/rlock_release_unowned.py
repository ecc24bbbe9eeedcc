# Releasing an RLock that nobody holds
import threading

r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
with r:
    with r:
        pass
try:
    r.release()
except RuntimeError as e:
    print("after nested with:", e)
try:
    with r:
        r.release()
except RuntimeError as e:
    print("with block exit after manual release:", e)
