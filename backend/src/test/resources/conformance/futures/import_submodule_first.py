from concurrent.futures._base import DoneAndNotDoneFutures as Pair, Future
import concurrent.futures.thread as thread_module
import concurrent

print(concurrent.futures.Future is Future, thread_module.__name__)
print(Pair(done={1}, not_done=set()), Pair({1}, not_done={2}))
for args, kwargs in (((1,), {}), ((1, 2, 3), {}), ((), {"done": 1})):
    try:
        Pair(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
import concurrent.nothing
