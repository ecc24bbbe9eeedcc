from concurrent.futures import ThreadPoolExecutor


class AppError(Exception):
    pass


def fail(msg):
    raise AppError(msg)


with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(fail, "broken pipe")
    f2 = ex.submit(len, "abc")
    e = f1.exception()
    print(type(e).__name__, e, repr(e))
    print(f2.exception(), f2.result())
    try:
        f1.result()
    except AppError as err:
        print("caught", err is e, err.__traceback__ is not None)
    print(f1.done(), f1.cancelled())
