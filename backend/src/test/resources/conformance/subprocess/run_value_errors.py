import subprocess

try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(["echo"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(["echo"], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.Popen(["echo"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
