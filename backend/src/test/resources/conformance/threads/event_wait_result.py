# Event.wait returns the flag: False only on timeout
import threading

e = threading.Event()
print("wait(0):", e.wait(0))
print("wait(0.01):", e.wait(0.01))
print("wait(timeout=0.0):", e.wait(timeout=0.0))
e.set()
print("set, wait():", e.wait())
print("set, wait(0):", e.wait(0))
print("set, wait(5):", e.wait(5))
e.clear()
answer = []
t = threading.Thread(target=lambda: answer.append(e.wait(5)))
t.start()
e.set()
t.join()
print("thread saw:", answer)
