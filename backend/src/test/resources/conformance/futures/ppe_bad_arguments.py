from concurrent.futures import ProcessPoolExecutor


def ident(x):
    return x


if __name__ == '__main__':
    attempts = [
        lambda: ProcessPoolExecutor(max_workers='2'),
        lambda: ProcessPoolExecutor(2, mp_context='spawn'),
        lambda: ProcessPoolExecutor(2, initializer=ident, initargs=(1,), max_tasks_per_child=1.5),
    ]
    for attempt in attempts:
        try:
            attempt()
        except Exception as e:
            print(type(e).__name__ + ':', e)
    with ProcessPoolExecutor(1) as ex:
        for attempt in (lambda: ex.map(ident, 5), lambda: ex.submit(), lambda: ex.map(ident, [1], chunksize='a')):
            try:
                attempt()
            except Exception as e:
                print(type(e).__name__ + ':', e)
        print(ex.submit(ident, x=1).exception())
