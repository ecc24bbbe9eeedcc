import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "x = 1/0"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True)
print(r.returncode)
print(r.stdout, end="")
print(r.stderr)
