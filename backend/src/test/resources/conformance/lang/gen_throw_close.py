# throw() and close() on generators
def worker():
    print("  start")
    try:
        while True:
            try:
                job = yield
                print("  job", job)
            except ValueError as e:
                print("  recovered from", repr(e))
    except GeneratorExit:
        print("  cleaning up on close")
        raise
    finally:
        print("  finally in worker")
w = worker()
next(w)
w.send("a")
w.throw(ValueError("bad job"))
w.send("b")
w.close()
print("closed")
w.close()
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except KeyError as e:
        yield f"caught {e}"
c = counter()
print(next(c), next(c))
print(c.throw(KeyError("stop")))
try:
    c.throw(RuntimeError("unhandled"))
except RuntimeError as e:
    print("propagated:", e)
print(next(c, "done"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
