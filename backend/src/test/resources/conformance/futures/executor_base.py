from concurrent.futures import Executor, Future


class Inline(Executor):
    def __init__(self):
        self.closed = False

    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except Exception as e:
            f.set_exception(e)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.closed = True
        print("shutdown", wait, cancel_futures)


with Inline() as ex:
    print(ex.submit(divmod, 17, 5).result())
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(ex.submit(int, "x").exception())
print(ex.closed)
base = Executor()
print(base.shutdown(), base.__enter__() is base)
base.submit(print, "x")
