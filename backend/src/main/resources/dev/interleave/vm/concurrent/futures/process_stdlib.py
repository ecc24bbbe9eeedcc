# Stand-ins for functools.partial and traceback.format_exception, which CPython 3.13's
# concurrent/futures/process.py imports, run by the engine in its namespace before its own code.
# partial stands for C code in CPython, so the engine leaves this file's frames out of tracebacks.
# Native from the engine: _format_exception(exc).


def format_exception(exc, /, value=None, tb=None):
    """traceback.format_exception: the text CPython prints for the exception, as one string in a
    list (tb is the exception's own traceback)."""
    return [_format_exception(exc if value is None else value)]


class partial:
    """functools.partial, as map() uses it."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})
