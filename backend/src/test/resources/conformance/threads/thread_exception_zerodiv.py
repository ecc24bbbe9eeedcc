# An uncaught exception in a thread prints "Exception in thread ..." to stderr
import threading

def divide(a, b):
    print("dividing", a, "by", b)
    return a / b

t = threading.Thread(target=divide, args=(1, 0))
t.start()
t.join()
print("main continues; thread alive:", t.is_alive())
