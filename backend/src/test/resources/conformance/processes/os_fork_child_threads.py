import os
import threading
import time

# a forked child waits for the threads it started before it exits and flushes

def worker(who):
    time.sleep(0.1 if who == "child" else 0.02)
    print(who, "worker done")

pid = os.fork()
who = "child" if pid == 0 else "parent"
t = threading.Thread(target=worker, args=(who,))
t.start()
if pid:
    os.waitpid(pid, 0)
print(who, "main done")
