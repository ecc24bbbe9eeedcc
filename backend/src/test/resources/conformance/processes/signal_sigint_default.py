import os
import signal

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
