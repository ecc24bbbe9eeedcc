import subprocess

try:
    subprocess.check_output(["cat", "missing.txt"], stderr=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(type(e).__name__)
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError))
