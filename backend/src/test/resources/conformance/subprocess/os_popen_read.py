import os

f = os.popen("echo popen works")
print(repr(f.read()))
print(f.close())
with os.popen("cat missing") as f:
    print(repr(f.read()))
f = os.popen("nosuchcommand")
print(repr(f.read()), f.close())
