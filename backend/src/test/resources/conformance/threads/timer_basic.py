# Timer calls its function with args and kwargs after the interval
import threading

calls = []

def remind(who, what, *, loud=False):
    msg = f"{who}: {what}"
    calls.append(msg.upper() if loud else msg)

t = threading.Timer(0.01, remind, args=("ann", "stand up"), kwargs={"loud": True})
t.start()
t.join()
t2 = threading.Timer(0, remind, ["bob", "drink water"])
t2.start()
t2.join()
t3 = threading.Timer(0.0, remind, kwargs={"who": "cy", "what": "stretch"})
t3.start()
t3.join()
print("\n".join(calls))
print("args stored:", t.args, t.kwargs, t.interval)
print("defaults:", threading.Timer(1, print).args, threading.Timer(1, print).kwargs)
