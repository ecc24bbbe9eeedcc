# A three-stage text pipeline connected by queues
import queue
import threading

DONE = None
q1 = queue.Queue(maxsize=2)
q2 = queue.Queue(maxsize=2)
out = []

def read_stage(lines):
    for line in lines:
        q1.put(line)
    q1.put(DONE)

def split_stage():
    while (line := q1.get()) is not DONE:
        for word in line.split():
            q2.put(word)
    q2.put(DONE)

def collect_stage():
    while (word := q2.get()) is not DONE:
        out.append(word.capitalize())

text = ["the quick brown fox", "jumps over", "the lazy dog"]
stages = [threading.Thread(target=read_stage, args=(text,), name="read"),
          threading.Thread(target=split_stage, name="split"),
          threading.Thread(target=collect_stage, name="collect")]
for s in reversed(stages):
    s.start()
for s in stages:
    s.join()
print(" ".join(out))
print("words:", len(out))
