import subprocess
import sys

code = "import time\nprint('started', flush=True)\ntime.sleep(5)\nprint('never')"
try:
    subprocess.run(["python3", "-c", code], capture_output=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.stdout, e.stderr, e.timeout)
