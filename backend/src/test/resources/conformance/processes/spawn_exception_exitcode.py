import multiprocessing as mp

def boom():
    raise RuntimeError("spawned and failed")

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=boom)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
