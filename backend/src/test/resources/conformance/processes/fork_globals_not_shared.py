import multiprocessing as mp

counter = 0
items = [1, 2]
table = {"a": 1}

def work(n):
    global counter
    counter += 100
    items.append(n)
    table["b"] = n
    print("child sees", counter, items, table, flush=True)

if __name__ == "__main__":
    p = mp.Process(target=work, args=(7,))
    p.start()
    p.join()
    print("parent sees", counter, items, table)
