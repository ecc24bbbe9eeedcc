import os
import signal

got = []

def handler(signum, frame):
    got.append(signum)
    print("handler got", signum, type(signum).__name__)

signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", got)
signal.raise_signal(signal.SIGUSR1)
print("done")
