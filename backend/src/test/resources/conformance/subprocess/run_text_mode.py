import subprocess

r = subprocess.run(["echo", "text", "mode"], capture_output=True, text=True)
print(r)
r = subprocess.run(["echo", "universal"], stdout=subprocess.PIPE, universal_newlines=True)
print(r)
r = subprocess.run(["echo", "encoded"], stdout=subprocess.PIPE, encoding="utf-8")
print(repr(r.stdout), r.stderr)
