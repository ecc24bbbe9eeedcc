# monotonic() never goes backwards, also across threads
import threading
import time

a = time.monotonic()
b = time.monotonic()
print("non-decreasing:", b >= a)
time.sleep(0.01)
c = time.monotonic()
print("increased after sleep:", c > a)
print("at least 0.01 later:", c - a >= 0.009)
stamps = []

def record():
    stamps.append(time.monotonic())

t = threading.Thread(target=record)
t.start()
t.join()
d = time.monotonic()
print("thread stamp between:", c <= stamps[0] <= d)
print("is float:", isinstance(d, float))
