import subprocess

r = subprocess.run(["cat"], input=b"first\nsecond\n", capture_output=True)
print(r)
r = subprocess.run(["cat"], input="windows\r\nline\r\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["cat", "-"], input="dash means stdin\n", stdout=subprocess.PIPE, text=True)
print(r)
