import os

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.cpu_count() >= 1, os.name)
print(os.WIFEXITED(0), os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(15), os.WTERMSIG(15))
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError:", e)
