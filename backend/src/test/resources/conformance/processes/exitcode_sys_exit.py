import multiprocessing as mp
import sys

def a():
    sys.exit(3)

def b():
    sys.exit()

def c():
    sys.exit("goodbye")

if __name__ == "__main__":
    for f in (a, b, c):
        p = mp.Process(target=f)
        p.start()
        p.join()
        print(f.__name__, p.exitcode)
