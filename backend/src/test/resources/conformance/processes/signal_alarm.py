import signal
import time

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout("alarm " + str(signum))

signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
try:
    time.sleep(5)
    print("not reached")
except Timeout as e:
    print("caught", e)
print(signal.alarm(3))
print(signal.alarm(0))
print(signal.alarm(0))
