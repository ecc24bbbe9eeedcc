# The main thread raises while a non-daemon worker is still running;
# the interpreter still waits for the worker before exiting with status 1
import threading

go = threading.Event()

def worker():
    go.wait()
    for i in range(3):
        print("worker step", i)
    print("worker done")

t = threading.Thread(target=worker)
t.start()
print("main about to fail")
go.set()
config = {"retries": 3}
print(config["timeout"])
