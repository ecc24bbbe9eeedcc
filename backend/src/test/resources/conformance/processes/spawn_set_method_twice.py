import multiprocessing as mp

def f():
    print("child")

mp.set_start_method("spawn")
p = mp.Process(target=f)
p.start()
p.join()
print("exit", p.exitcode)
