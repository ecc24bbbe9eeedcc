import subprocess
import sys

r = subprocess.run(["python3", "-c", "print('child says hi'); print(6 * 7)"], capture_output=True, text=True)
print(r)
r = subprocess.run(["python3", "-c", "import sys; print(sys.argv)", "x", "y"], capture_output=True, text=True)
print(r.stdout, end="")
