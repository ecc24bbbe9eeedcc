# Setting daemon on a started thread raises RuntimeError
import threading

go = threading.Event()
t = threading.Thread(target=go.wait, name="waiter")
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
    print(repr(e))
print("still daemon?", t.daemon)
go.set()
t.join()
try:
    t.daemon = False
    print("set after finish: no error")
except RuntimeError as e:
    print("after finish:", e)
