# get_nowait / put_nowait raise Empty / Full
import queue

q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(e), repr(str(e)), e.args)
q.put_nowait("only")
try:
    q.put_nowait("second")
except queue.Full as e:
    print("put_nowait:", type(e).__name__, repr(e), repr(str(e)), e.args)
print(q.get_nowait())
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): Empty")
try:
    q.get(False, 10)
except queue.Empty:
    print("get(False, 10): Empty at once")
print(queue.Empty.__module__, queue.Full.__module__)
