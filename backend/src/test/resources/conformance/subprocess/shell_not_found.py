import subprocess

r = subprocess.run("nosuchcommand --flag", shell=True, capture_output=True)
print(r)
print(subprocess.call("nosuchcommand", shell=True, stderr=subprocess.DEVNULL))
