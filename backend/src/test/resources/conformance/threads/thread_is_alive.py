# is_alive before start, while running, after finishing
import threading

inside = threading.Event()
finish = threading.Event()
states = []

def worker():
    states.append(("inside", threading.current_thread().is_alive()))
    inside.set()
    finish.wait()

t = threading.Thread(target=worker)
print("before start:", t.is_alive())
t.start()
inside.wait()
print("while running:", t.is_alive())
finish.set()
t.join()
print("after join:", t.is_alive())
print(states)
print("main alive:", threading.main_thread().is_alive())
