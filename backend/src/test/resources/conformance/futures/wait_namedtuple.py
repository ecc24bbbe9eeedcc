from concurrent.futures import wait, Future
import concurrent.futures as cf

r = wait([])
print(r)
print(r.done, r.not_done, r[0], r[1], len(r), isinstance(r, tuple))
done, not_done = r
print(done, not_done)
print(type(r).__name__, type(r).__module__, type(r)._fields)
print(r._asdict())
print(r._replace(done={1}))
f = Future()
f.set_result(1)
r2 = wait([f, f])
print(len(r2.done), len(r2.not_done), r2 == (r2.done, r2.not_done))
print(cf.DoneAndNotDoneFutures if hasattr(cf, "DoneAndNotDoneFutures") else "not exported")
print(cf._base.DoneAndNotDoneFutures(set(), {2}))
