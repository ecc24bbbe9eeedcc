import multiprocessing as mp

if __name__ == "__main__":
    p = mp.Process(target=print)
    p.name = "renamed"
    print(p.name)
    try:
        p.name = 5
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        mp.Process(group=1)
    except AssertionError as e:
        print("AssertionError:", e)
