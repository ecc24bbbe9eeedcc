import subprocess

out = subprocess.check_output(["echo", "checked"])
print(out)
out = subprocess.check_output(["echo", "as", "text"], text=True)
print(repr(out))
out = subprocess.check_output(["cat"], input=b"piped in")
print(out)
