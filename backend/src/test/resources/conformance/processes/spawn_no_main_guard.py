import multiprocessing as mp

def f():
    print("child")

ctx = mp.get_context("spawn")
p = ctx.Process(target=f)
p.start()
p.join()
print("exit", p.exitcode)
