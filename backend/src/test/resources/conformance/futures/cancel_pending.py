from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading
import time

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(gate.wait)
    second = ex.submit(print, "second ran")
    time.sleep(0.05)
    print("cancel running:", first.cancel())
    print("cancel pending:", second.cancel())
    print("cancel again:", second.cancel())
    print("states:", first.running(), second.cancelled(), second.done(), second.running())
    try:
        second.result()
    except CancelledError as e:
        print("result:", type(e).__module__, type(e).__qualname__, repr(e))
    try:
        second.exception(timeout=0)
    except CancelledError:
        print("exception: CancelledError")
    gate.set()
print("first:", first.result(), first.cancel())
