import multiprocessing as mp

def work():
    me = mp.current_process()
    print(me.is_alive(), me.daemon, flush=True)

if __name__ == "__main__":
    print(mp.current_process().is_alive())
    p = mp.Process(target=work, daemon=True)
    p.start()
    p.join()
    print(p.is_alive())
