# asyncio.coroutines: iscoroutine and iscoroutinefunction.

# A marker for iscoroutinefunction.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (_is_coroutine_function(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return _is_native_coroutine(obj)
