import multiprocessing as mp
import time

def work(t):
    time.sleep(t)

if __name__ == "__main__":
    ps = [mp.Process(target=work, args=(0.1 * (i + 1),), name="p%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    print(sorted(p.name for p in mp.active_children()))
    ps[0].join()
    print(sorted(p.name for p in mp.active_children()))
    for p in ps:
        p.join()
    print(mp.active_children())
