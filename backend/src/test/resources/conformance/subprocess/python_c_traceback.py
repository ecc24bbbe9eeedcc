import subprocess
import sys

code = "def f(n):\n    return 10 // n\n\nprint(f(2))\nprint(f(0))\n"
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
print(r.stderr, end="")
