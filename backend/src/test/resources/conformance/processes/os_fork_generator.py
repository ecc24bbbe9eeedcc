import os

def numbers():
    for i in range(4):
        yield i
        if i == 1:
            pid = os.fork()
            yield "child" if pid == 0 else "parent"
            if pid:
                os.waitpid(pid, 0)

seen = []
for x in numbers():
    seen.append(x)
items = iter(["a", "b", "c"])
first = next(items)
print(seen, first, list(items))
