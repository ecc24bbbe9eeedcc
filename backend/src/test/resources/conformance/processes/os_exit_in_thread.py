import os, threading, time
def f():
    time.sleep(0.1)
    os._exit(2)
threading.Thread(target=f).start()
time.sleep(1)
print("not reached")
