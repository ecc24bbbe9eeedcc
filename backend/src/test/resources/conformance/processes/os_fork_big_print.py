import os

# print writes its text and its end apart: the 8 KiB chunk ends between them
for i in range(1000):
    print("line %04d ----------" % i)
print("a", 1, "b", sep="--", end="|\n")
pid = os.fork()
if pid:
    os.waitpid(pid, 0)
    print("parent", "done")
else:
    print("child", "done")
