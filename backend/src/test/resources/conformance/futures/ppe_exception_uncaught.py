from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        ok = ex.submit(parse, '12')
        bad = ex.submit(parse, 'twelve')
        print(ok.result())
        print(bad.result())
