import subprocess

r = subprocess.run(["cat", "notes.txt"], capture_output=True)
print(r)
r = subprocess.run(["cat", "a.txt", "b.txt"], capture_output=True, text=True)
print(r.returncode)
print(r.stderr, end="")
