# Subclassing Thread and overriding run()
import threading

class Counter(threading.Thread):
    def run(self):
        self.total = sum(range(self.limit))

class Squares(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = [n * n for n in self.numbers]

c = Counter()
c.limit = 101
c.start()
c.join()
print("total:", c.total)
s = Squares([1, 2, 3, 4])
print("before:", s.result)
s.start()
s.join()
print("after:", s.result)
print(isinstance(s, threading.Thread), issubclass(Squares, threading.Thread))
print(s.name.startswith("Thread-"), s.name)
