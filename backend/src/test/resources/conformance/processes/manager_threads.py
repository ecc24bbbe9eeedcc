# Threads of one process share a manager's proxies; each thread gets a connection (and a
# server thread) of its own.
import multiprocessing as mp
import threading


def work(shared, i):
    for j in range(3):
        shared.append((i, j))


if __name__ == '__main__':
    with mp.Manager() as m:
        shared = m.list()
        threads = [threading.Thread(target=work, args=(shared, i)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(sorted(shared))
        print(len(shared))
