import os
import sys

def child(how):
    if how == "_exit":
        os._exit(7)
    if how == "sys.exit":
        sys.exit(5)
    if how == "sys.exit text":
        sys.exit("bye from the child")
    if how == "exception":
        raise KeyError("missing")

for how in ["_exit", "sys.exit", "sys.exit text", "exception"]:
    pid = os.fork()
    if pid == 0:
        child(how)
    _, status = os.waitpid(pid, 0)
    print(how, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
