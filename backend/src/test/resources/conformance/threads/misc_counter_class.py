# A thread-safe counter class with increment/decrement/value
import threading

class SafeCounter:
    def __init__(self, start=0):
        self._value = start
        self._lock = threading.Lock()

    def increment(self, by=1):
        with self._lock:
            self._value += by
            return self._value

    def decrement(self, by=1):
        return self.increment(-by)

    @property
    def value(self):
        with self._lock:
            return self._value

    def __repr__(self):
        return f"SafeCounter({self.value})"

hits = SafeCounter()
misses = SafeCounter(100)

def visitor(n):
    for i in range(500):
        if (i + n) % 3:
            hits.increment()
        else:
            misses.decrement()

threads = [threading.Thread(target=visitor, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(hits, misses)
print("hits + misses removed:", hits.value + (100 - misses.value))
