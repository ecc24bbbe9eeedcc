# join(timeout) returns None; is_alive() tells whether it timed out
import threading

release = threading.Event()
t = threading.Thread(target=release.wait, name="blocked")
t.start()
r = t.join(0.01)
print("join returned:", r)
print("alive after timed join:", t.is_alive())
r = t.join(timeout=0)
print("join(0) returned:", r, "alive:", t.is_alive())
release.set()
r = t.join(5)
print("join returned:", r)
print("alive after real join:", t.is_alive())
print("join again:", t.join(), t.join(0))
