# Joining a thread that was never started
import threading

t = threading.Thread(target=print, args=("ran",))
for timeout in (None, 0, 0.01):
    try:
        t.join(timeout)
    except RuntimeError as e:
        print("join(%r):" % (timeout,), e)
t.start()
t.join()
print("joined after start")
