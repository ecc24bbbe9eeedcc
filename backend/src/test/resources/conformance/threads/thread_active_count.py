# active_count() counts the main thread plus live threads
import threading

gate = threading.Event()
print("at start:", threading.active_count())
threads = []
for i in range(4):
    t = threading.Thread(target=gate.wait)
    t.start()
    threads.append(t)
    print("after starting", i + 1, "->", threading.active_count())
print("equals len(enumerate()):", threading.active_count() == len(threading.enumerate()))
gate.set()
for t in threads:
    t.join()
print("after joins:", threading.active_count())
