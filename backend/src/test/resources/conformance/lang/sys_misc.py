# sys.argv, recursion limit and stdout.write
import sys
print("argv length:", len(sys.argv))
print(type(sys.argv).__name__, isinstance(sys.argv[0], str))
old = sys.getrecursionlimit()
print("default limit:", old)
sys.setrecursionlimit(2000)
print("new limit:", sys.getrecursionlimit())
sys.setrecursionlimit(old)
print("restored:", sys.getrecursionlimit() == old)
count = sys.stdout.write("via stdout.write\n")
print("characters written:", count)
sys.stdout.write("no newline")
sys.stdout.write(" -- continued\n")
for line in ["a", "b", "c"]:
    sys.stdout.write(f"[{line}]")
sys.stdout.write("\n")
