# 1,000 threads each doing 100 lock-protected increments: a scheduler and event-recording
# benchmark (bench/threads.sh). Prints 100000.
import threading

lock = threading.Lock()
count = 0


def work():
    global count
    for _ in range(100):
        with lock:
            count += 1


threads = [threading.Thread(target=work) for _ in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
