# 10,000 threads alive at once, all parked on one Event: the machine's memory per thread
# (bench/threads.sh runs it with a 500 MB heap). Prints 10001 then done.
import threading

N = 10000
release = threading.Event()
threads = [threading.Thread(target=release.wait) for _ in range(N)]
for t in threads:
    t.start()
print(threading.active_count())
release.set()
for t in threads:
    t.join()
print("done")
