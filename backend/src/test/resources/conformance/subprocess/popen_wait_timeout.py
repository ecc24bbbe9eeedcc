import subprocess

p = subprocess.Popen(["sleep", "3"])
try:
    p.wait(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
    print(e.cmd, e.timeout, e.stdout, e.stderr)
print(p.wait())
