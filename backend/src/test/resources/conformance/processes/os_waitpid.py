import multiprocessing as mp
import os

def work(code):
    os._exit(code)

if __name__ == "__main__":
    p = mp.Process(target=work, args=(5,))
    p.start()
    pid, status = os.waitpid(p.pid, 0)
    print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
    print(os.waitstatus_to_exitcode(status))
    try:
        os.waitpid(p.pid, 0)
    except ChildProcessError as e:
        print("ChildProcessError:", e)
