# A countdown latch built on Condition: main waits until all workers check in
import threading

class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)

latch = CountDownLatch(3)
checked_in = []
lock = threading.Lock()

def service(name):
    with lock:
        checked_in.append(name)
    latch.count_down()

print("ready before any service:", latch.wait(0.01))
for name in ("db", "cache", "web"):
    threading.Thread(target=service, args=(name,)).start()
print("latch released:", latch.wait(5))
print("checked in:", sorted(checked_in))
print("count:", latch.count)
