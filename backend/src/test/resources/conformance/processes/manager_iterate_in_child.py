# Iterating a dict proxy returns an iterator proxy; in a child (fork or spawn) the proxy has no
# manager to build it with, and CPython 3.13 fails there: the same error here.
import multiprocessing as mp
def work(d):
    try:
        print(sorted(k for k in d), flush=True)
    except Exception as e:
        print(type(e).__name__, e, flush=True)
if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict(a=1, b=2)
        p = mp.Process(target=work, args=(d,))
        p.start(); p.join()
        ctx = mp.get_context('spawn')
        p = ctx.Process(target=work, args=(d,))
        p.start(); p.join()
