import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    try:
        os.write(w, b"x")
        print("child: the parent still has the read end")
    except BrokenPipeError:
        print("child: broken")
    sys_exit_code = 0
    os.close(w)
    import sys
    sys.exit(sys_exit_code)
os.waitpid(pid, 0)
os.close(r)
try:
    os.write(w, b"y")
except BrokenPipeError as e:
    print("parent:", e)
