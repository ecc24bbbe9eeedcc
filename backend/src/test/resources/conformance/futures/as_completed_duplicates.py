from concurrent.futures import Future, ThreadPoolExecutor, as_completed
import time

a = Future()
a.set_result("a")
with ThreadPoolExecutor(max_workers=1) as ex:
    c = ex.submit(time.sleep, 0.05)
    out = []
    for f in as_completed([c, a, a, c]):
        out.append("cancelled" if f.cancelled() else f.result())
    print(len(out), sorted(map(str, out)))
    print(out[-1])
