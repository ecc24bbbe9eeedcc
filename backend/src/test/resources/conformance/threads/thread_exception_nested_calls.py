# The thread traceback lists each frame of the failing call chain
import threading

def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x) + 1

def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise LookupError("could not resolve " + repr(x)) from e

t = threading.Thread(target=level1, args=("b",), name="resolver")
t.start()
t.join()
print("exit normally")
