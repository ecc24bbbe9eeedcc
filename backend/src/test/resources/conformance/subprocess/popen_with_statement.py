import subprocess

with subprocess.Popen(["echo", "inside with"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
print(p)
print(p.stdout.closed)
