import os
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    me = os.getpid()
    grandchild = os.fork()
    if grandchild == 0:
        time.sleep(0.3)
        adopted = os.getppid() != me
        os.write(w, ("orphan adopted: %s\n" % adopted).encode())
        os._exit(0)
    os._exit(0)
os.close(w)
os.waitpid(pid, 0)
print("child done")
print(os.read(r, 100).decode(), end="")
print("eof:", os.read(r, 100))
