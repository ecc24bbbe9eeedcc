import subprocess
import sys

print("before", flush=True)
subprocess.run(["echo", "child echo"])
subprocess.run([sys.executable, "-c", "print('child python')"])
subprocess.run(["cat", "gone.txt"])
print("after", flush=True)
