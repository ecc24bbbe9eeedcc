import os

# each process forks at every turn that is left: 2 ** 3 processes in all
depth = 0
children = []
for i in range(3):
    pid = os.fork()
    if pid == 0:
        depth += 1
        children = []
    else:
        children.append(pid)
count = 1
for c in children:
    _, status = os.waitpid(c, 0)
    count += os.WEXITSTATUS(status)
if depth == 0:
    print("processes in the tree:", count)
else:
    os._exit(count)
