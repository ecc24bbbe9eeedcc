# A local subclass runs __init__ once per thread that uses it
import threading

class Context(threading.local):
    created = 0
    def __init__(self, greeting):
        self.greeting = greeting
        self.calls = []
        Context.created += 1

    def log(self, msg):
        self.calls.append(msg)
        return len(self.calls)

ctx = Context("hello")
ctx.log("main 1")
lock = threading.Lock()
out = []

def worker(n):
    for i in range(n):
        ctx.log("w%d-%d" % (n, i))
    with lock:
        out.append((n, ctx.greeting, list(ctx.calls)))

for n in (2, 3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
for row in out:
    print(row)
print("main calls:", ctx.calls)
print("__init__ ran", Context.created, "times")
print(isinstance(ctx, threading.local))
