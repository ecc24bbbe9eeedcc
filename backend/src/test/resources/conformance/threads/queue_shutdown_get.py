# After shutdown(), get() drains remaining items, then raises ShutDown
import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print("is_shutdown:", q.is_shutdown)
q.shutdown()
print("is_shutdown:", q.is_shutdown)
while True:
    try:
        print("got", q.get())
    except queue.ShutDown as e:
        print("ShutDown:", repr(e))
        break
for label, call in (("get_nowait", q.get_nowait), ("get(timeout)", lambda: q.get(timeout=0.01))):
    try:
        call()
    except queue.ShutDown:
        print(label, "-> ShutDown")
q.shutdown()
print("shutdown twice is fine")
