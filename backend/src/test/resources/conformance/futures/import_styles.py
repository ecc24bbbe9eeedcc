import concurrent.futures
import concurrent.futures.thread
from concurrent import futures
from concurrent.futures import *
from concurrent.futures import _base as base

print(futures is concurrent.futures, base is concurrent.futures._base)
print(concurrent.futures.thread.ThreadPoolExecutor is ThreadPoolExecutor)
print(Future is base.Future, wait is base.wait, CancelledError is base.CancelledError)
print(concurrent.futures.__name__, concurrent.futures.thread.__name__)
print(sorted(n for n in ("Future", "Executor", "wait", "as_completed", "ThreadPoolExecutor",
                        "BrokenExecutor", "InvalidStateError", "FIRST_COMPLETED") if n in dir()))
