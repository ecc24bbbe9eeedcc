# While one thread holds an RLock, others cannot acquire it
import threading

r = threading.RLock()
r.acquire()
r.acquire()
answers = []

def probe():
    answers.append(("non-blocking", r.acquire(blocking=False)))
    answers.append(("timeout", r.acquire(timeout=0.01)))

t = threading.Thread(target=probe)
t.start()
t.join()
print(answers)
r.release()
answers.clear()
t = threading.Thread(target=probe)
t.start()
t.join()
print("still held once:", answers)
r.release()
got = []

def taker():
    got.append(r.acquire(blocking=False))
    r.release()

t = threading.Thread(target=taker)
t.start()
t.join()
print("after full release:", got)
