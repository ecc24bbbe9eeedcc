# notify_all() wakes every waiter
import threading

cond = threading.Condition()
released = False
waiting = 0
woke = []

def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.notify_all()          # tell main one more is waiting
        while not released:
            cond.wait()
        woke.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: waiting == 5)
    print("all waiting:", waiting)
    released = True
    cond.notify_all()
    print("woke so far (lock still held):", woke)
for t in threads:
    t.join()
print("woke:", sorted(woke))
