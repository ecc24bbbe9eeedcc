# Barrier construction errors and the BrokenBarrierError class
import threading

for parties in (0, -1):
    try:
        threading.Barrier(parties)
    except ValueError as e:
        print("Barrier(%d):" % parties, repr(e))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(threading.BrokenBarrierError.__mro__[1].__name__)
e = threading.BrokenBarrierError()
print("repr:", repr(e))
print("str:", repr(str(e)))
print("args:", e.args)
print(threading.BrokenBarrierError.__module__)
b = threading.Barrier(1)
print("single party wait:", b.wait(), b.wait())
try:
    raise threading.BrokenBarrierError
except RuntimeError as err:
    print("caught as RuntimeError:", type(err).__name__)
