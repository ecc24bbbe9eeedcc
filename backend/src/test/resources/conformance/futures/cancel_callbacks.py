from concurrent.futures import ThreadPoolExecutor, wait
import threading
import time

events = []
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(gate.wait)
waiting = ex.submit(events.append, "ran")
waiting.add_done_callback(lambda f: events.append(("callback", f.cancelled())))
time.sleep(0.02)
print(waiting.cancel(), events)
done, not_done = wait([waiting, blocker], timeout=0.05)
print(waiting in done, blocker in not_done)
gate.set()
ex.shutdown()
print(events, waiting.done(), blocker.result())
