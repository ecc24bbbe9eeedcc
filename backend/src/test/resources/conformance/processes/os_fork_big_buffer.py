import os
import sys

# more than 8 KiB before the fork: CPython wrote out whole chunks of 8 KiB and more, the rest is
# still in the buffer and comes out twice
for i in range(1000):
    sys.stdout.write("line %04d ----------\n" % i)
pid = os.fork()
if pid:
    os.waitpid(pid, 0)
    sys.stdout.write("parent done\n")
else:
    sys.stdout.write("child done\n")
