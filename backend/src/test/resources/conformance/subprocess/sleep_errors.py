import subprocess

print(subprocess.run(["sleep", "0.1"]))
print(subprocess.run(["sleep"], capture_output=True))
print(subprocess.run(["sleep", "soon"], capture_output=True, text=True))
