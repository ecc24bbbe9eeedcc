import multiprocessing as mp
import threading

f = lambda: None

def main():
    def local():
        pass
    ctx = mp.get_context("spawn")
    for target, args in ((lambda: None, ()), (local, ()), (print, (threading.Lock(),)),
                         (print, (threading.RLock(),)), (print, ((x for x in []),)), (f, ())):
        p = ctx.Process(target=target, args=args)
        try:
            p.start()
        except Exception as e:
            print(type(e).__module__, type(e).__name__, str(e).replace(hex(id(target)), "ADDR"))
        print(p._popen)

if __name__ == "__main__":
    main()
