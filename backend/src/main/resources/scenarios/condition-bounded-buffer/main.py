import threading
import time


class BoundedBuffer:
    """A fixed-size shelf guarded by one lock and two conditions on it."""

    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        lock = threading.Lock()
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)

    def put(self, item):
        with self.not_full:
            while len(self.items) == self.capacity:
                self.not_full.wait()       # releases the lock while asleep, retakes it on waking
            self.items.append(item)
            self.not_empty.notify()        # wakes one taker; it runs once we let go of the lock

    def take(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.pop(0)
            self.not_full.notify()
            return item


shelf = BoundedBuffer(2)


def baker():
    for n in range(1, 7):
        time.sleep(0.001)
        shelf.put(f"loaf {n}")
        print(f"baker: loaf {n} on the shelf")
    shelf.put("closing")


def customer():
    while True:
        item = shelf.take()
        if item == "closing":
            print("customer: the bakery is closing")
            break
        time.sleep(0.004)                   # eating takes longer than baking
        print(f"customer: ate {item}")


threads = [threading.Thread(target=baker, name="baker"),
           threading.Thread(target=customer, name="customer")]
for t in threads:
    t.start()
for t in threads:
    t.join()
