import os
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    for word in ["alpha", "beta", "gamma"]:
        time.sleep(0.05)
        os.write(w, word.encode() + b"\n")
    os._exit(0)
os.close(w)
received = b""
while chunk := os.read(r, 4):
    received += chunk
os.waitpid(pid, 0)
print(received.decode().split())
