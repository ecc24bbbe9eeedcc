import multiprocessing as mp
import time


def noaddr(text):
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = text.index(">", i)
        text = text[:i] + text[j:]
    return text

def slow(x):
    time.sleep(0.5)
    return x

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print(noaddr(str(e)))
        try:
            r.get(timeout=0.1)
        except mp.TimeoutError as e:
            print("TimeoutError", type(e).__module__, repr(e))
        r.wait(0.05)
        print(r.ready())
        print(r.get(timeout=5))
        it = pool.imap(slow, [1, 2])
        try:
            it.next(timeout=0.1)
        except mp.TimeoutError:
            print("imap timed out")
        print(it.next(), it.next())
        m = pool.map_async(slow, [1, 2, 3])
        try:
            m.get(0.2)
        except mp.TimeoutError:
            print("map timed out")
        print(m.get())
