import os
import sys

def spawn_worker(n):
    squares = [i * i for i in range(n)]
    total = 0
    pid = os.fork()
    if pid == 0:
        total = sum(squares)
        print("child computed", total, "from", squares)
        return "child", total
    _, status = os.waitpid(pid, 0)
    return "parent", os.WEXITSTATUS(status)

def outer(n):
    who, value = spawn_worker(n)
    print(who, "got", value)
    if who == "child":
        sys.stdout.flush()
        os._exit(value % 256)
    return value

result = outer(5)
print("parent saw exit code", result)
