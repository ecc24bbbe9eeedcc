import multiprocessing as mp

def work():
    print(mp.current_process().name, flush=True)

if __name__ == "__main__":
    ps = [mp.Process(target=work) for _ in range(3)]
    ps.append(mp.Process(target=work, name="custom"))
    for p in ps:
        print(p.name)
    for p in ps:
        p.start()
        p.join()
    print(mp.current_process().name)
