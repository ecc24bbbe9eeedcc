from multiprocessing import Pool

def parse(s):
    return int(s)

if __name__ == "__main__":
    with Pool(2) as pool:
        it = pool.imap(parse, ["1", "2", "x", "4"])
        print(next(it))
        print(next(it))
        try:
            next(it)
        except ValueError as e:
            print("ValueError:", e)
        print(next(it))
        for v in pool.imap(parse, ["5", "oops"]):
            print(v)
