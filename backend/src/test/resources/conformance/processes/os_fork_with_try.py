import os

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("closing", self.name, "in", who(), "exc:", exc[0].__name__ if exc[0] else None)
        return False

def who():
    return "child" if os.getpid() != MAIN else "parent"

MAIN = os.getpid()
try:
    with Resource("r1") as r:
        pid = os.fork()
        if pid == 0:
            raise ValueError("raised in the child")
        os.waitpid(pid, 0)
        print("parent inside with")
except ValueError as e:
    print("caught in", who() + ":", e)
finally:
    print("finally in", who())
print("end of", who())
