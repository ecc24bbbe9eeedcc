import subprocess

try:
    subprocess.run(["nosuchcommand", "-l"])
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename)
try:
    subprocess.Popen("nosuch program")
except OSError as e:
    print(repr(e))
