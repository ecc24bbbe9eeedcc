import multiprocessing as mp
import time

def forever():
    print("daemon started", flush=True)
    while True:
        time.sleep(0.1)

def slow():
    time.sleep(0.3)
    print("non-daemon done", flush=True)

if __name__ == "__main__":
    d = mp.Process(target=forever, daemon=True)
    d.start()
    time.sleep(0.1)
    n = mp.Process(target=slow)
    n.start()
    print("main done", flush=True)
