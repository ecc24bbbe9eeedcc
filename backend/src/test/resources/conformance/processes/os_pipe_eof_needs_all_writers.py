import os
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    # the child keeps its copy of the write end open for a while
    time.sleep(0.3)
    os.write(w, b"late")
    os._exit(0)
os.close(w)
start = time.monotonic()
first = os.read(r, 100)
second = os.read(r, 100)
waited = time.monotonic() - start
os.waitpid(pid, 0)
print(first, second, waited >= 0.25)
