import subprocess
import sys

code = "import sys\nprint('to err', file=sys.stderr)\nsys.exit('fatal: bad input')"
r = subprocess.run(["python3", "-c", code], capture_output=True, text=True)
print(r)
r = subprocess.run(["python3", "-c", "raise SystemExit(7)"], capture_output=True)
print(r)
