import multiprocessing as mp

print("module level runs as", __name__)
data = [1, 2, 3]

def work(x, items):
    items.append(x)
    print("child", x, items, __name__, data, flush=True)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    data.append(4)
    p = mp.Process(target=work, args=(5, data))
    p.start()
    p.join()
    print("parent", data, p.exitcode, mp.get_start_method())
