import multiprocessing as mp
import os

if __name__ == "__main__":
    print(mp.cpu_count() == os.cpu_count())
    print(mp.cpu_count() >= 1)
    print(mp.get_start_method())
    print(mp.get_all_start_methods()[:2])
