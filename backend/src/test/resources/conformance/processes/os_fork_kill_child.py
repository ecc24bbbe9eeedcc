import os
import signal
import time

pid = os.fork()
if pid == 0:
    while True:
        time.sleep(0.1)
time.sleep(0.25)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM, os.waitstatus_to_exitcode(status))
