from concurrent.futures import ProcessPoolExecutor
import os


def pid(_):
    return os.getpid()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as ex:
        print(ex._mp_context.get_start_method())
        pids = [ex.submit(pid, i).result() for i in range(6)]
    print(len(set(pids)), pids[0] == pids[1], pids[1] == pids[2], pids[2] == pids[3])
