from concurrent.futures import ProcessPoolExecutor

counter = 0
shared = [1, 2]


def bump(items):
    global counter
    counter += 1
    items.append(counter)
    shared.append('child')
    return items, counter, shared


if __name__ == '__main__':
    mine = ['a']
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(bump, mine).result())
        print(ex.submit(bump, mine).result())
    print(counter, mine, shared)
