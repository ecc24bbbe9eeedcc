import threading
import time

HIKERS = {"Ana": 0.003, "Bo": 0.007, "Chen": 0.012}   # how long each one needs per stage


def regroup():
    # runs once per stage, in one of the threads, after all have arrived and before any leaves
    print("-- everyone is here, the group moves on --")


camp = threading.Barrier(len(HIKERS), action=regroup)


def hike(pace):
    me = threading.current_thread().name
    for stage in ("forest", "ridge", "summit"):
        time.sleep(pace)
        print(f"{me} reached the {stage}")
        camp.wait()      # the fast ones wait here for the slowest


group = [threading.Thread(target=hike, args=(pace,), name=name) for name, pace in HIKERS.items()]
for h in group:
    h.start()
for h in group:
    h.join()
print("all three stood on the summit together")
