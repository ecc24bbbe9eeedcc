# getName/setName/isDaemon/setDaemon still work but warn in 3.13
import threading

t = threading.Thread(target=lambda: None, name="old-style")
print(t.getName())
t.setName("renamed")
print(t.name)
print(t.isDaemon())
t.setDaemon(True)
print(t.daemon)
t.start()
t.join()
print(threading.current_thread().getName())
