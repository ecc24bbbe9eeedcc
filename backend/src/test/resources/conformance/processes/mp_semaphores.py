import multiprocessing as mp

if __name__ == "__main__":
    s = mp.Semaphore(2)
    print(s, s.get_value())
    s.acquire()
    s.acquire()
    print(s.acquire(False), s.get_value(), s)
    s.release()
    s.release()
    s.release()
    print(s.get_value())
    b = mp.BoundedSemaphore(1)
    print(b)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        mp.Semaphore(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
