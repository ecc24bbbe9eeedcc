import subprocess

code = "import time\nprint('a', flush=True)\ntime.sleep(3)\nprint('b')"
proc = subprocess.Popen(["python3", "-c", code], stdout=subprocess.PIPE, text=True)
try:
    outs, errs = proc.communicate(timeout=1)
except subprocess.TimeoutExpired as e:
    print("timeout", repr(e.output), e.timeout)
    proc.kill()
    outs, errs = proc.communicate()
print(repr(outs), errs, proc.returncode)
