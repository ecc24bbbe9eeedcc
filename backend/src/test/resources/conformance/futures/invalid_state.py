from concurrent.futures import Future, InvalidStateError


def show(e):
    msg = str(e)
    print(type(e).__name__ + ":", msg[:msg.index(" at ")], msg[msg.index("state="):])


f = Future()
f.set_result(1)
for action in (lambda: f.set_result(2), lambda: f.set_exception(ValueError())):
    try:
        action()
    except InvalidStateError as e:
        show(e)
c = Future()
c.cancel()
try:
    c.set_exception(KeyError("k"))
except InvalidStateError as e:
    show(e)
r = Future()
print(r.set_running_or_notify_cancel())
r.set_exception(OSError("disk"))
try:
    r.set_result(3)
except InvalidStateError as e:
    show(e)
n = Future()
n.cancel()
print(n.set_running_or_notify_cancel(), n.cancelled())
print(InvalidStateError.__mro__[1].__name__, InvalidStateError.__module__)
