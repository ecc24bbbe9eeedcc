import subprocess

inner = "import subprocess; print(subprocess.check_output(['echo', 'nested'], text=True), end='')"
r = subprocess.run(["python3", "-c", inner], capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
