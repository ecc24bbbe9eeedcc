# The finished attribute is an Event that is set after the run
import threading

ran = threading.Event()
t = threading.Timer(0.01, ran.set)
print("finished before start:", t.finished.is_set())
print("is a Thread:", isinstance(t, threading.Thread))
print("subclass:", issubclass(threading.Timer, threading.Thread))
print("type:", type(t).__name__)
print("has finished Event:", type(t.finished).__name__)
t.start()
t.join()
print("function ran:", ran.is_set())
print("finished after join:", t.finished.is_set())
