# An exception raised by an overridden run() of a Thread subclass
import threading

class Loader(threading.Thread):
    def __init__(self, items):
        super().__init__(name="loader")
        self.items = items

    def run(self):
        for item in self.items:
            print("loading", item)
            self.load(item)

    def load(self, item):
        if item == "missing":
            raise KeyError(item)

t = Loader(["a", "b", "missing", "c"])
t.start()
t.join()
print("loader alive:", t.is_alive())
