import multiprocessing as mp

class Bad(mp.Process):
    def run(self):
        print("about to fail", flush=True)
        {}["missing"]

if __name__ == "__main__":
    b = Bad()
    b.start()
    b.join()
    print("exitcode", b.exitcode)
