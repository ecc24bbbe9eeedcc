import os, threading, time
pid = os.fork()
if pid == 0:
    def f():
        time.sleep(0.1)
        os._exit(6)
    threading.Thread(target=f).start()
    time.sleep(1)
    print("not reached")
    os._exit(0)
_, st = os.waitpid(pid, 0)
print("child exit", os.WEXITSTATUS(st))
