import os

to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(to_child_w)
    os.close(to_parent_r)
    while True:
        n = os.read(to_child_r, 16)
        if not n:
            break
        os.write(to_parent_w, str(int(n.decode()) ** 2).encode())
    os._exit(0)
os.close(to_child_r)
os.close(to_parent_w)
results = []
for n in [3, 7, 12]:
    os.write(to_child_w, str(n).encode())
    results.append(int(os.read(to_parent_r, 16).decode()))
os.close(to_child_w)
print("eof from child:", os.read(to_parent_r, 16))
os.waitpid(pid, 0)
print(results)
