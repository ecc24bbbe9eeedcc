# Readers/writers with a Condition: many readers at once, writers alone
import threading

class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing)
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing and self.readers == 0)
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()

rw = RWLock()
doc = {"version": 0, "text": ""}
violations = []
reads = []
lock = threading.Lock()

def writer(tag):
    for i in range(5):
        rw.acquire_write()
        if rw.readers:
            violations.append("reader during write")
        doc["version"] += 1
        doc["text"] += tag
        rw.release_write()

def reader():
    for _ in range(10):
        rw.acquire_read()
        if rw.writing:
            violations.append("write during read")
        snapshot = (doc["version"], len(doc["text"]))
        rw.release_read()
        with lock:
            reads.append(snapshot[0] == snapshot[1])

threads = [threading.Thread(target=writer, args=(t,)) for t in "xy"] + \
          [threading.Thread(target=reader) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final version:", doc["version"])
print("letters:", sorted(doc["text"]))
print("reads:", len(reads), "all consistent:", all(reads))
print("violations:", violations)
