import threading
import time


def worker():
    time.sleep(0.1)
    print("thread done")


threading.Thread(target=worker).start()
threading._register_atexit(print, "first registered, runs last")
threading._register_atexit(print, "second", "registered", sep="-")
print("main done")
