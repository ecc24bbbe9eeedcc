# A plain Lock has no owner: another thread may release it
import threading

lock = threading.Lock()
lock.acquire()
print("main acquired:", lock.locked())

def releaser():
    print("releaser sees locked:", lock.locked())
    lock.release()
    print("releaser released it")

t = threading.Thread(target=releaser)
t.start()
t.join()
print("locked after other thread released:", lock.locked())

# use a lock as a one-shot signal: worker releases what main holds
signal = threading.Lock()
signal.acquire()
data = []

def producer():
    data.append("payload")
    signal.release()

t = threading.Thread(target=producer)
t.start()
signal.acquire()          # blocks until producer releases
print("received:", data)
t.join()
signal.release()
