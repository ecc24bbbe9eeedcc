import multiprocessing as mp
import queue

if __name__ == "__main__":
    q = mp.Queue(maxsize=1)
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty now")
    q.put("a")
    try:
        q.put_nowait("b")
    except queue.Full:
        print("Full")
    try:
        q.put("b", timeout=0.05)
    except queue.Full:
        print("Full after timeout")
    print(q.get(), q.empty())
    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print("ValueError:", str(e).endswith("is closed"), str(e).startswith("Queue <multiprocessing.queues.Queue object at"))
    q.join_thread()
    print("joined")
