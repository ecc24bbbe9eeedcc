# SimpleQueue: unbounded FIFO without task tracking
import queue

sq = queue.SimpleQueue()
print("empty:", sq.empty(), "qsize:", sq.qsize())
sq.put("a")
sq.put_nowait("b")
sq.put("c", block=False, timeout=5)
print("qsize:", sq.qsize())
print(sq.get(), sq.get_nowait(), sq.get(block=False))
try:
    sq.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(e))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("get(timeout): Empty")
print("has task_done:", hasattr(sq, "task_done"), "has join:", hasattr(sq, "join"))
print(type(sq).__name__)
