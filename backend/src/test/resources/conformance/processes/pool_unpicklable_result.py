import multiprocessing as mp


def noaddr(text):
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = text.index(">", i)
        text = text[:i] + text[j:]
    return text

def make(x):
    return lambda: x

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        try:
            pool.apply(make, (1,))
        except Exception as e:
            print(type(e).__name__)
            print(noaddr(str(e)))
