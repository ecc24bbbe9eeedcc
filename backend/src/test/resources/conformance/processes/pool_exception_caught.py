import multiprocessing
from multiprocessing.pool import RemoteTraceback

class MyError(Exception):
    pass

def fail(n):
    raise MyError(f"task {n} failed")

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.apply_async(fail, (7,))
        try:
            r.get()
        except MyError as e:
            print("caught", type(e).__name__, e)
            cause = e.__cause__
            print(type(cause).__module__, type(cause).__name__, isinstance(cause, RemoteTraceback))
            lines = str(cause).strip().splitlines()
            print(lines[0], lines[1], sep="\n")
            print(lines[-2:])
        print(r.ready(), r.successful())
        try:
            pool.apply(fail, (8,))
        except MyError as e:
            print("apply:", e)
