import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("one\n")
p.stdin.write("two\n")
p.stdin.close()
print(repr(p.stdout.read()))
p.stdout.close()
print(p.wait(), p.returncode)
