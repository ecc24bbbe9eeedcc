import os
from multiprocessing import Process

counter = 0


def work():
    global counter
    counter += 100
    print(f"child:  counter = {counter} (its own copy)")


if __name__ == "__main__":
    children = [Process(target=work) for _ in range(2)]
    for p in children:
        p.start()
    for p in children:
        p.join()
    print(f"parent: counter = {counter} (the children's changes never come back)")
    print("exit codes:", [p.exitcode for p in children])
