import os

# stdout is a pipe here: "before" sits in the buffer at the fork, so both processes print it
print("before the fork")
pid = os.fork()
if pid == 0:
    print("in the child")
else:
    os.waitpid(pid, 0)
    print("in the parent")
print("after, in both")
