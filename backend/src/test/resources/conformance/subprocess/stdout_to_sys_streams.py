import subprocess
import sys

print("program first", flush=True)
subprocess.run(["echo", "to sys.stdout"], stdout=sys.stdout)
code = "import sys\nprint('err of child', file=sys.stderr)"
subprocess.run(["python3", "-c", code], stderr=sys.stdout)
subprocess.run(["cat", "nofile"], stderr=sys.stderr)
print("program last", flush=True)
