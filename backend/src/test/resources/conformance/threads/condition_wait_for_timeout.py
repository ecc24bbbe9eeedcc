# wait_for with a timeout returns the last (false) value of the predicate
import threading

cond = threading.Condition()
calls = []

def pred_zero():
    calls.append("zero")
    return 0

def pred_empty():
    return []

with cond:
    print("returned:", repr(cond.wait_for(pred_zero, timeout=0.01)))
    print("predicate called:", len(calls) >= 2)
    print("returned:", repr(cond.wait_for(pred_empty, 0.01)))
    print("returned:", repr(cond.wait_for(lambda: None, timeout=0)))
    print("returned:", repr(cond.wait_for(lambda: "", timeout=-1)))
