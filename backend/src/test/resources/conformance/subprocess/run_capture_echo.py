import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(type(r.stdout).__name__, r.stdout.decode().strip())
