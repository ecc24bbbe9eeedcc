import subprocess
import sys

try:
    subprocess.run(["python3", "-c", "import sys; sys.exit(4)"], check=True)
except subprocess.CalledProcessError as e:
    print(repr(e))
    print(str(e))
r = subprocess.run(["python3", "-c", "pass"], check=True)
print(r)
