import os
import sys

print("buffered line", flush=True)
pid = os.fork()
if pid == 0:
    print("child print, held until the child exits")
    os.write(1, b"child os.write goes out at once\n")
    sys.exit(0)
os.waitpid(pid, 0)
os.write(2, b"to stderr\n")
print("parent print")
os.write(1, b"parent os.write, before the parent's print\n")
print("stdin is empty:", os.read(0, 10))
