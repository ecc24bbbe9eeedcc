# Two-stage pipeline connected by queues
import queue
import threading

raw = queue.Queue()
cleaned = queue.Queue()
STOP = "<stop>"

def cleaner():
    while True:
        line = raw.get()
        if line == STOP:
            cleaned.put(STOP)
            break
        cleaned.put(line.strip().lower())

def counter(out):
    while True:
        word = cleaned.get()
        if word == STOP:
            break
        out[word] = out.get(word, 0) + 1

counts = {}
stages = [threading.Thread(target=cleaner), threading.Thread(target=counter, args=(counts,))]
for s in stages:
    s.start()
for word in ["  Apple", "banana ", "APPLE", "Cherry", " banana", "apple  "]:
    raw.put(word)
raw.put(STOP)
for s in stages:
    s.join()
for word in sorted(counts):
    print(word, counts[word])
