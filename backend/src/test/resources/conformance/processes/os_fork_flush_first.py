import os
import sys

print("flushed before the fork", flush=True)
sys.stdout.write("also flushed\n")
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child")
    sys.exit(0)
os.waitpid(pid, 0)
print("parent")
