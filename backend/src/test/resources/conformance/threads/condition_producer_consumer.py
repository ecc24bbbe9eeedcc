# Classic producer/consumer with a Condition guarding a list
import threading

items = []
cond = threading.Condition()
consumed = []
DONE = object()

def producer():
    for i in range(6):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.append(DONE)
        cond.notify()

def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            break
        consumed.append(item * item)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("consumed:", consumed)
print("left over:", items)
