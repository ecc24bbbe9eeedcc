import subprocess
import sys

r = subprocess.run(["echo", "discarded"], stdout=subprocess.DEVNULL)
print(r)
code = "import sys\nprint('out')\nprint('err', file=sys.stderr)"
r = subprocess.run(["python3", "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r)
r = subprocess.run(["python3", "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r)
