import subprocess

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.kill()
print(p.wait())
print(p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p.kill()
print(p.poll())
