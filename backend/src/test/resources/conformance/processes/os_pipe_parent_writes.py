import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    chunks = []
    while True:
        data = os.read(r, 1024)
        if not data:
            break
        chunks.append(data)
    os.close(r)
    text = b"".join(chunks).decode()
    print("child read", len(text), "bytes:", text.splitlines(), flush=True)
    os._exit(len(chunks) > 0)
os.close(r)
for i in range(3):
    os.write(w, ("line %d\n" % i).encode())
os.close(w)
_, status = os.waitpid(pid, 0)
print("child exit code", os.WEXITSTATUS(status))
