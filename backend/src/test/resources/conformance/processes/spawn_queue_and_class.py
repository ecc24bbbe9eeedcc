import multiprocessing as mp

class Job:
    def __init__(self, n):
        self.n = n

    def run(self):
        return self.n * 3

def worker(q, job):
    q.put((type(job).__name__, job.run()))

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=worker, args=(q, Job(7)))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
