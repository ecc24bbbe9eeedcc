# sys.exit with a string prints it to stderr and exits with status 1
import sys
config = {"mode": "fast"}
print("checking configuration")
for key in ["mode", "path"]:
    print(" ", key, "present" if key in config else "missing")
if "path" not in config:
    sys.exit("error: missing 'path' in configuration")
print("unreachable")
print("also unreachable")
