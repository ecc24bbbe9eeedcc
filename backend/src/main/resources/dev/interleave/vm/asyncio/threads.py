"""High-level support for working with threads in asyncio"""
# CPython runs func in a copy of the current context (contextvars); Interleave has no context
# variables, so the call is func itself with its arguments (_partial_call, invisible in
# tracebacks as functools.partial is).

#@line 12
async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread.

    Any *args and **kwargs supplied for this function are directly passed
    to *func*. Also, the current :class:`contextvars.Context` is propagated,
    allowing context variables from the main thread to be accessed in the
    separate thread.

    Return a coroutine that can be awaited to get the eventual result of *func*.
    """
    loop = events.get_running_loop()
    func_call = _partial_call(func, args, kwargs)

    return await loop.run_in_executor(None, func_call)
