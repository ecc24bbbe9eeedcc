from concurrent.futures import Future


def show(f):
    r = repr(f)
    print(r[:r.index(" at 0x")] + r[r.index(" state="):])


f = Future()
show(f)
f.set_running_or_notify_cancel()
show(f)
f.set_result([1, 2])
show(f)
g = Future()
g.set_exception(ZeroDivisionError("no"))
show(g)
h = Future()
h.cancel()
show(h)
n = Future()
n.set_result(None)
show(n)


class Custom(Future):
    pass


show(Custom())
print(Future[int], Future.__class_getitem__(str))
