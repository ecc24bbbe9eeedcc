import os

# a child that is not stopped runs the rest of the program, as its parent does
MAIN = os.getpid()

def who():
    return "child" if os.getpid() != MAIN else "parent"

def main():
    pid = os.fork()
    if pid:
        _, status = os.waitpid(pid, 0)
        print("child status", status)
    try:
        print("end of main in", who())
    finally:
        print("finally in", who())

main()
print("end of program in", who())
