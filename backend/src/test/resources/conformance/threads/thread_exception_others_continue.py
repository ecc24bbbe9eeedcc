# One thread dies with an exception; the others and the main thread carry on
import threading

crashed = threading.Event()
results = []
lock = threading.Lock()

def crasher():
    try:
        items = [1, 2, 3]
        print("about to fail")
        items[10]
    finally:
        crashed.set()

def survivor(n):
    crashed.wait()
    with lock:
        results.append(n * 10)

survivors = [threading.Thread(target=survivor, args=(i,)) for i in range(3)]
for t in survivors:
    t.start()
c = threading.Thread(target=crasher, name="crasher")
c.start()
c.join()
for t in survivors:
    t.join()
print("survivor results:", sorted(results))
print("main finished normally")
