import subprocess
import sys

code = "for i in range(3):\n    print('line', i)\n"
p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("got:", line.rstrip())
p.stdout.close()
print(p.wait())
p = subprocess.Popen(["echo", "a"], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.readline())
print(p.wait())
