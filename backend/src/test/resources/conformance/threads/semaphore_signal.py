# Semaphore(0) as a signal: step B always happens after step A
import threading

a_done = threading.Semaphore(0)
b_done = threading.Semaphore(0)
log = []

def task_a():
    log.append("A: load data")
    a_done.release()

def task_b():
    a_done.acquire()
    log.append("B: process data")
    b_done.release()

def task_c():
    b_done.acquire()
    log.append("C: save results")

threads = [threading.Thread(target=f) for f in (task_c, task_b, task_a)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("\n".join(log))
