import os
import sys
import time

print("parent starts", flush=True)
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    print("the orphan outlives its parent")
    sys.exit(0)
print("parent leaves with os._exit(3)", flush=True)
print("never seen: os._exit does not flush")
os._exit(3)
