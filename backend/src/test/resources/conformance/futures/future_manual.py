from concurrent.futures import Future
import threading
import time

f = Future()


def producer():
    time.sleep(0.1)
    print("producer sets result")
    f.set_result("payload")


threading.Thread(target=producer).start()
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("timeout:", repr(e), f.done())
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception(timeout=0) timed out")
print("result:", f.result(timeout=5))
print("exception:", f.exception(timeout=0))
