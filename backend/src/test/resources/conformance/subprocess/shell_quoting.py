import subprocess

print(subprocess.check_output("echo 'two  spaces' \"double  quoted\" plain", shell=True))
print(subprocess.check_output("echo   many    blanks   ", shell=True, text=True), end="")
print(subprocess.check_output(r"echo back\ slash", shell=True, text=True), end="")
r = subprocess.run("cat", shell=True, input="through sh\n", capture_output=True, text=True)
print(r)
