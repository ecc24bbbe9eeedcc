# Negative timeouts raise ValueError, except where the call never blocks
import queue

bounded = queue.Queue(1)
for label, call in (("get(timeout=-1)", lambda: bounded.get(timeout=-1)),
                    ("get(True, -0.5)", lambda: bounded.get(True, -0.5))):
    try:
        call()
    except ValueError as e:
        print(label, "->", type(e).__name__ + ":", e)
try:
    bounded.put("x", timeout=-1)
    print("non-full bounded put(timeout=-1) -> ok")
except ValueError as e:
    print("non-full bounded put(timeout=-1) ->", e)
if bounded.empty():
    bounded.put("x")
try:
    bounded.put("y", timeout=-1)
except ValueError as e:
    print("full put(timeout=-1) ->", e)
print("non-blocking ignores the timeout:")
try:
    bounded.put("y", block=False, timeout=-1)
except queue.Full:
    print("  put -> Full")
print("  get ->", bounded.get(False, -1))
try:
    bounded.get(block=False, timeout=-1)
except queue.Empty:
    print("  get -> Empty")
unbounded = queue.Queue()
unbounded.put("ok", timeout=-1)
print("unbounded put(timeout=-1) ->", unbounded.get())
unbounded.put("there")
print("get(timeout=-1) with an item ->", end=" ")
try:
    print(unbounded.get(timeout=-1))
except ValueError as e:
    print("ValueError:", e)
