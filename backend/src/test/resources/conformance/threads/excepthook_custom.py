# A custom threading.excepthook receives the failing thread's details
import threading

captured = []

def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args.exc_traceback is not None))

threading.excepthook = hook

def bad(x):
    raise ValueError("bad value: %r" % (x,))

for i, name in enumerate(("first", "second")):
    t = threading.Thread(target=bad, args=(i,), name=name)
    t.start()
    t.join()
for row in captured:
    print(row)
print("nothing was printed to stderr")
