import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"ping\n")
print(out, err, p.returncode)
print(p.poll(), p.wait())
p = subprocess.Popen(["echo", "only", "stdout"], stdout=subprocess.PIPE, text=True)
print(p.communicate())
print(p.returncode)
