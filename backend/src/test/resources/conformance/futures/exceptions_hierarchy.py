import concurrent.futures as cf
from concurrent.futures import _base, thread

for cls in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, thread.BrokenThreadPool, cf.TimeoutError):
    print(cls.__module__, cls.__qualname__, [c.__name__ for c in cls.__mro__])
print(cf.TimeoutError is TimeoutError, _base.Error.__doc__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.Future.__module__, cf.Executor.__module__, cf.ThreadPoolExecutor.__module__)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor), cf.wait.__module__, cf.as_completed.__name__)
print(repr(cf.CancelledError()), repr(cf.InvalidStateError("x")))
