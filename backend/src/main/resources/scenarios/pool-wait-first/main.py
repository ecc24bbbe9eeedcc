from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, as_completed
import time


def ask(server, delay):
    time.sleep(delay)             # each mirror answers after its own delay
    if server == "mirror-c":
        raise ConnectionError(f"{server} refused")
    return server


with ThreadPoolExecutor(max_workers=4) as pool:
    calls = [pool.submit(ask, name, delay)
             for name, delay in [("mirror-a", 0.08), ("mirror-b", 0.03), ("mirror-c", 0.05), ("mirror-d", 0.2)]]

    done, pending = wait(calls, return_when=FIRST_COMPLETED)
    print("first answer:", [f.result() for f in done], "still waiting for", len(pending))

    done, pending = wait(calls, timeout=0.1)
    print("after 0.1 s:", len(done), "done,", len(pending), "pending")

    for f in as_completed(pending):
        print("late answer:", f.result())
    for f in calls:
        if f.exception():
            print("failed:", repr(f.exception()))
