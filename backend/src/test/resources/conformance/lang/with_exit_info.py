# What __exit__ receives, and exceptions raised in __enter__/__exit__
class Inspect:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type, repr(exc), tb is not None)
try:
    with Inspect():
        raise RuntimeError("inside body")
except RuntimeError as e:
    print("propagated:", e)
with Inspect():
    print("clean body")
class FailEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit never called")
try:
    with FailEnter():
        print("body never runs")
except OSError as e:
    print("OSError:", e)
class FailExit:
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        raise TimeoutError("exit failed")
try:
    with FailExit() as nothing:
        print("target is", nothing)
        raise ValueError("original")
except TimeoutError as e:
    print("TimeoutError:", e, "context:", repr(e.__context__))
