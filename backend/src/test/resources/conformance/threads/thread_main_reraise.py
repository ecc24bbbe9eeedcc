# A worker stores its exception; the main thread re-raises it uncaught
import threading

errors = []

def worker(values):
    try:
        print("mean:", sum(values) / len(values))
    except ZeroDivisionError as e:
        errors.append(e)

for data in ([2, 4, 6], []):
    t = threading.Thread(target=worker, args=(data,))
    t.start()
    t.join()
print("errors collected:", len(errors))
if errors:
    raise RuntimeError("worker failed") from errors[0]
