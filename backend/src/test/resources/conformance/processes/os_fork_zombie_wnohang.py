import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os._exit(4)
print("still running:", os.waitpid(pid, os.WNOHANG))
time.sleep(0.5)
got, status = os.waitpid(pid, os.WNOHANG)
print("zombie reaped:", got == pid, os.WEXITSTATUS(status))
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("again:", e)
