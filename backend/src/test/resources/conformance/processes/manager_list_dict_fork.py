# A manager's list and dict shared by forked children: each child's append and store is a
# request to the manager process, so the parent sees them all.
import multiprocessing as mp


def work(shared_list, shared_dict, i):
    shared_list.append(i)
    shared_dict[i] = i * i


if __name__ == '__main__':
    manager = mp.Manager()
    shared_list = manager.list()
    shared_dict = manager.dict()
    print(type(manager).__name__, type(shared_list).__name__, type(shared_dict).__name__)
    procs = [mp.Process(target=work, args=(shared_list, shared_dict, i)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(sorted(shared_list), len(shared_list), 3 in shared_list, 9 in shared_list)
    print(sorted(shared_dict.items()), len(shared_dict))
    print([p.exitcode for p in procs])
    copy = shared_list[:]
    print(type(copy).__name__, sorted(copy))
