# qsize / empty / full as items come and go (single thread)
import queue

q = queue.Queue(3)
def show(label):
    print(f"{label:12} qsize={q.qsize()} empty={q.empty()} full={q.full()}")

show("new")
for ch in "abc":
    q.put(ch)
    show("put " + ch)
for _ in range(3):
    item = q.get()
    show("get " + item)
