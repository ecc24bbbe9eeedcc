from concurrent.futures import ProcessPoolExecutor
import os


def who(_):
    return os.getpid()


if __name__ == '__main__':
    ex = ProcessPoolExecutor()
    print(ex._max_workers == os.process_cpu_count())
    pids = set(ex.map(who, range(20)))
    print(len(ex._processes) == os.process_cpu_count(), len(pids) <= os.process_cpu_count())
    ex.shutdown(wait=False)
    print('shut down')
