import os

r, w = os.pipe()
print("fds:", r, w)
print("wrote", os.write(w, b"hello "), os.write(w, b"pipe"))
print("read", os.read(r, 3))
print("read", os.read(r, 100))
print("nothing asked:", os.read(r, 0))
os.close(w)
print("at EOF:", os.read(r, 10))
os.close(r)
print("lowest free fds again:", os.pipe())
