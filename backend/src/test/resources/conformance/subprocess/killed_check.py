import subprocess

p = subprocess.Popen(["sleep", "10"], stdout=subprocess.PIPE)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)
e = subprocess.CalledProcessError(p.returncode, p.args)
print(e)
print(subprocess.CalledProcessError(-99, "cmd"))
