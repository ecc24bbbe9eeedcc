# A signal handler gets the frame the main thread was running when the signal arrived.
import os
import signal
import time


def handler(signum, frame):
    print("signal", signum, "interrupted", frame.f_code.co_name, "at line", frame.f_lineno)
    print("its caller:", frame.f_back.f_code.co_name)


def nap():
    time.sleep(0.5)


signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
for _ in range(3):
    nap()
print("done")
