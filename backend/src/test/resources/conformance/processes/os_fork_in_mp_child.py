import multiprocessing as mp
import os

def work(tag):
    pid = os.fork()
    if pid == 0:
        print(tag, "grandchild runs the rest of the target", flush=True)
        return
    _, status = os.waitpid(pid, 0)
    print(tag, "child reaped its own child:", os.WEXITSTATUS(status), flush=True)
    raise SystemExit(4)

if __name__ == "__main__":
    p = mp.Process(target=work, args=("p1",))
    p.start()
    p.join()
    print("exitcode", p.exitcode, mp.active_children())
