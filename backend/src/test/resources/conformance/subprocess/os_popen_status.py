import os
import sys

f = os.popen("python3 -c 'import sys; sys.exit(3)'")
print(repr(f.read()))
status = f.close()
print(status, os.waitstatus_to_exitcode(status))
f = os.popen("echo one; echo two".split(";")[0])
for line in f:
    print(line, end="")
print(f.close())
try:
    os.popen(["echo"])
except TypeError as e:
    print(e)
