import multiprocessing as mp
import os

def child(code):
    try:
        os._exit(code)
    finally:
        print("finally never runs", flush=True)

if __name__ == "__main__":
    for code in (0, 3, 255):
        p = mp.Process(target=child, args=(code,))
        p.start()
        p.join()
        print(code, p.exitcode)
