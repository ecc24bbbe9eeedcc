import os

parent = os.getpid()
pid = os.fork()
if pid == 0:
    print("child: my parent is the forker:", os.getppid() == parent)
    print("child: fork returned", pid, flush=True)
    print("this line is lost: os._exit does not flush")
    os._exit(3)
else:
    got, status = os.waitpid(pid, 0)
    print("parent: waited for the child:", got == pid, pid > 0)
    print("parent: exited normally:", os.WIFEXITED(status), "code", os.WEXITSTATUS(status))
    print("parent: still the same process:", os.getpid() == parent)
