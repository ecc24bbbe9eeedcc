# sys.exit(0) ends the program successfully
import sys
def main():
    print("doing work")
    for i in range(3):
        print("step", i)
    sys.exit(0)
    print("never printed")
main()
print("never printed either")
