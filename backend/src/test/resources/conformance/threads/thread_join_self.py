# A thread cannot join itself; the main thread cannot join itself either
import threading

messages = []

def worker():
    me = threading.current_thread()
    try:
        me.join()
    except RuntimeError as e:
        messages.append("worker: " + str(e))
    try:
        me.join(0.01)
    except RuntimeError as e:
        messages.append("worker with timeout: " + str(e))

t = threading.Thread(target=worker)
t.start()
t.join()
print("\n".join(messages))
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("main:", e)
try:
    threading.current_thread().join(0)
except RuntimeError as e:
    print("main again:", repr(e))
