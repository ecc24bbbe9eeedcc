# Bounded buffer built from a Lock and two Semaphores
import threading

class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.mutex = threading.Lock()
        self.empty_slots = threading.Semaphore(size)
        self.full_slots = threading.Semaphore(0)
        self.max_len = 0

    def put(self, item):
        self.empty_slots.acquire()
        with self.mutex:
            self.items.append(item)
            self.max_len = max(self.max_len, len(self.items))
        self.full_slots.release()

    def get(self):
        self.full_slots.acquire()
        with self.mutex:
            item = self.items.pop(0)
        self.empty_slots.release()
        return item

buf = BoundedBuffer(3)
consumed = []

def producer(start):
    for i in range(start, start + 10):
        buf.put(i)

def consumer(n, out):
    for _ in range(n):
        out.append(buf.get())

outs = [[], []]
threads = [threading.Thread(target=producer, args=(0,)),
           threading.Thread(target=producer, args=(100,)),
           threading.Thread(target=consumer, args=(10, outs[0])),
           threading.Thread(target=consumer, args=(10, outs[1]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(outs[0] + outs[1])
print(everything)
print("never above capacity:", buf.max_len <= 3)
print("buffer empty:", buf.items == [])
