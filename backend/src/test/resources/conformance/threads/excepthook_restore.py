# Restoring threading.__excepthook__ brings back the default report
import threading

seen = []
threading.excepthook = lambda args: seen.append(args.exc_type.__name__)

def fail(msg):
    raise RuntimeError(msg)

t = threading.Thread(target=fail, args=("handled by custom hook",), name="quiet")
t.start()
t.join()
print("custom hook saw:", seen)
print("hook replaced:", threading.excepthook is not threading.__excepthook__)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=fail, args=("reported by the default hook",), name="loud")
t.start()
t.join()
print("custom hook saw:", seen)
