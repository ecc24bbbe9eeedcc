# A putter blocked on a full queue is woken with ShutDown
import queue
import threading

q = queue.Queue(maxsize=1)
q.put("occupied")
outcome = []
trying = threading.Event()

def putter():
    trying.set()
    try:
        q.put("extra")
        outcome.append("put succeeded")
    except queue.ShutDown:
        outcome.append("put raised ShutDown")

t = threading.Thread(target=putter)
t.start()
trying.wait()
q.shutdown()
t.join()
print(outcome)
print("remaining:", q.get(), "empty:", q.empty())
