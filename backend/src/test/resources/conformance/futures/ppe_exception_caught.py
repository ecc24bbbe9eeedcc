from concurrent.futures import ProcessPoolExecutor


class Oops(Exception):
    pass


def fail(n):
    if n == 2:
        try:
            1 / 0
        except ZeroDivisionError:
            raise Oops('chained', n)
    raise KeyError(n)


def basenames(text):
    out = []
    for line in text.splitlines():
        head, sep, path = line.partition('File "')
        out.append(head + sep + path.rsplit('/', 1)[-1] if sep else line)
    return '\n'.join(out)


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        for n in (1, 2):
            f = ex.submit(fail, n)
            e = f.exception()
            print(type(e).__name__, e.args, repr(e))
            print(type(e.__cause__).__module__, type(e.__cause__).__name__)
            print(e.__context__ is None, e.__suppress_context__)
            print(basenames(str(e.__cause__)))
            try:
                f.result()
            except Exception as again:
                print(again is e)
