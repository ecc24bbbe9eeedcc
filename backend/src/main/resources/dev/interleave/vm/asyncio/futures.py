# asyncio.futures: the helpers written in Python (Future itself is _asyncio's, in C).

#@line 312
def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)
