import subprocess

print(subprocess.call(["echo", "from call"]), flush=True)
print(subprocess.call(["cat", "nothing"], stderr=subprocess.DEVNULL), flush=True)
print(subprocess.check_call(["echo", "from check_call"]), flush=True)
try:
    subprocess.check_call(["sleep"], stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print(e)
