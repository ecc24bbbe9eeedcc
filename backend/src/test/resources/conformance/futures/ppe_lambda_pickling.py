from concurrent.futures import ProcessPoolExecutor


def ident(x):
    return x


def basenames(text):
    out = []
    for line in text.splitlines():
        head, sep, path = line.partition('File "')
        out.append(head + sep + path.rsplit('/', 1)[-1] if sep else line)
    return '\n'.join(out)


if __name__ == '__main__':
    fn = lambda: 1
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(fn)
        e = f.exception()
        print(type(e).__module__, type(e).__name__)
        print(str(e).replace(hex(id(fn)), 'ADDR'))
        print(type(e.__cause__).__name__)
        print(basenames(str(e.__cause__).replace(hex(id(fn)), 'ADDR')))
        print(ex.submit(ident, 5).result())
        g = ex.submit(ident, fn)
        print(type(g.exception()).__name__)
        print(ex.submit(ident, 6).result())
