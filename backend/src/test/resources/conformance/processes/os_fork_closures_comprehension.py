import os

def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

bump = make_counter()
bump()
r, w = os.pipe()
pids = [os.fork() for _ in range(2)]
me = "".join("c" if p == 0 else "p" for p in pids)
n = 0
while True:
    n += 1
    if n == 3:
        break
os.write(w, ("%s %d %d %d\n" % (me, bump(), bump(), n)).encode())
if me != "pp":
    os._exit(0)
os.close(w)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
lines = []
while chunk := os.read(r, 100):
    lines.append(chunk)
print(sorted(b"".join(lines).decode().splitlines()))
