# A daemon thread still blocked when the program ends does not stop the exit
import threading

never = threading.Event()
started = threading.Event()

def background():
    started.set()
    never.wait()
    print("this line is never printed")

d = threading.Thread(target=background, daemon=True, name="bg")
d.start()
started.wait()
print("daemon alive:", d.is_alive(), "daemon:", d.daemon)
print("main exits now")
