import multiprocessing as mp

class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("worker", self.n, self.name, flush=True)

if __name__ == "__main__":
    w = Worker(5)
    print(w.name)
    w.start()
    w.join()
    print("done", w.exitcode)
