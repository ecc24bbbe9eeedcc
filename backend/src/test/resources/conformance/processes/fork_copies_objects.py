import multiprocessing as mp

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Box(%r)" % (self.v,)

shared = Box([1, 2])
alias = shared

def work(b):
    b.v.append(3)
    print("child", b, shared, b is shared, alias is shared, flush=True)
    shared.v.append(4)
    print("child after", b, shared, flush=True)

if __name__ == "__main__":
    p = mp.Process(target=work, args=(shared,))
    p.start()
    p.join()
    print("parent", shared, alias)
