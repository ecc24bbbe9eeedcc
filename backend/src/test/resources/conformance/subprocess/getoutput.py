import subprocess

print(repr(subprocess.getoutput("echo captured")))
print(subprocess.getstatusoutput("cat absent"))
print(subprocess.getstatusoutput("nosuchcommand"))
