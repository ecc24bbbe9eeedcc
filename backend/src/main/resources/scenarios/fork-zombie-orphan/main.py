import os
import time

pid = os.fork()
if pid == 0:
    os._exit(7)                 # the child ends at once...
time.sleep(0.1)                 # ...and stays a zombie until its parent waits for it
reaped, status = os.waitpid(pid, 0)
print("reaped the child:", reaped == pid, "- its exit code:", os.WEXITSTATUS(status), flush=True)

pid = os.fork()
if pid == 0:
    time.sleep(0.2)             # the parent ends first: this child becomes an orphan
    print("the orphan's new parent is pid 1:", os.getppid() == 1, flush=True)
    os._exit(0)
print("the parent leaves without waiting for its second child", flush=True)
