from concurrent.futures import ThreadPoolExecutor
import threading
import time

gate = threading.Event()
done = []
ex = ThreadPoolExecutor(max_workers=1)
busy = ex.submit(gate.wait)
queued = [ex.submit(done.append, i) for i in range(5)]
for f in queued:
    f.add_done_callback(lambda f: done.append("cb"))
time.sleep(0.05)
threading.Timer(0.1, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print("busy:", busy.result(), busy.cancelled())
print("queued cancelled:", [f.cancelled() for f in queued])
print("done list:", done)
