from concurrent.futures import ProcessPoolExecutor


def one():
    return 1


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(one).result())
    ex.shutdown()
    try:
        ex.submit(one)
    except RuntimeError as e:
        print('RuntimeError:', e)
    with ProcessPoolExecutor(1) as ex2:
        pass
    ex2.submit(one)
