import subprocess

r = subprocess.CompletedProcess(["x"], 0)
print(r)
r.check_returncode()
r = subprocess.CompletedProcess("y", 2, stdout="out", stderr=None)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.TimeoutExpired("cmd", 2.5))
