import os
import sys

data = {"items": [1, 2, 3]}
alias = data["items"]
counter = 0
pid = os.fork()
if pid == 0:
    counter += 100
    alias.append(4)
    print("child:", counter, data, data["items"] is alias)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent:", counter, data, data["items"] is alias)
