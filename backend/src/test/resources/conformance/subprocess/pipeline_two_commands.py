import subprocess

p1 = subprocess.Popen(["echo", "through a pipeline"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["cat"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, _ = p2.communicate()
print(out)
print(p1.wait(), p2.returncode)
