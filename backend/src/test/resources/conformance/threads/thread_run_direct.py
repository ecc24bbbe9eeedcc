# Calling run() directly executes the target in the calling thread
import threading

def where(tag):
    print(tag, "runs in", threading.current_thread().name)

t = threading.Thread(target=where, args=("direct",), name="worker")
t.run()
print("alive after run():", t.is_alive(), "ident:", t.ident)
t2 = threading.Thread(target=where, args=("started",), name="worker2")
t2.start()
t2.join()

class Custom(threading.Thread):
    def run(self):
        print("Custom.run in", threading.current_thread().name)

Custom(name="custom").run()
c = Custom(name="custom2")
c.start()
c.join()
