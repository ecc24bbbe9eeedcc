# About a million trace events for bench/ws_stream.sh: two threads taking a lock in turn
# (every acquire and release is an event, and the GIL changes hands between them).
import threading

lock = threading.Lock()
count = 0


def work(n):
    global count
    for _ in range(n):
        with lock:
            count += 1


threads = [threading.Thread(target=work, args=(245000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
