# What multiprocessing/pool.py imports from itertools, collections, traceback, os and
# multiprocessing.util, and the pool's queues with pickle's reduce protocol for what crosses them.
# Run before pool.py in its namespace; it stands for C code (itertools, deque, pickle), so its
# frames never appear in tracebacks.

import os
from multiprocessing import _getpid, _print_exc
from multiprocessing.connection import Connection


class itertools:

    class count:
        def __init__(self, start=0):
            self._next = start

        def __iter__(self):
            return self

        def __next__(self):
            n = self._next
            self._next = n + 1
            _note_job(n)  # (pool.py's only count is its job counter: the trace's tasks get this line)
            return n

    @staticmethod
    def islice(iterable, stop):
        if stop <= 0:
            return
        n = 0
        for x in iterable:
            yield x
            n += 1
            if n >= stop:
                return

    @staticmethod
    def starmap(function, iterable):
        for args in iterable:
            yield function(*args)


class collections:

    class deque:
        def __init__(self):
            self._items = []

        def __len__(self):
            return len(self._items)

        def append(self, x):
            self._items.append(x)

        def popleft(self):
            if not self._items:
                raise IndexError('pop from an empty deque')
            return self._items.pop(0)


class traceback:

    @staticmethod
    def format_exception(exc_type, exc, tb):
        return [_format_exception(exc)]


_finalizers = []


def _run_finalizers():
    # multiprocessing.util._run_finalizers(0) at exit: the pools still running are terminated
    for f in list(reversed(_finalizers)):
        try:
            f()
        except Exception:
            _print_exc()


class util:

    @staticmethod
    def debug(msg, *args):
        pass

    class Finalize(object):
        def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
            self._callback = callback
            self._args = args
            self._kwargs = kwargs or {}
            self._pid = _getpid()
            _finalizers.append(self)

        def __call__(self, wr=None):
            if self._callback is None:
                return None
            callback, args, kwargs = self._callback, self._args, self._kwargs
            self._callback = self._args = self._kwargs = None
            _finalizers.remove(self)
            if self._pid != _getpid():
                return None
            return callback(*args, **kwargs)


class _PoolQueue(object):
    '''multiprocessing.queues.SimpleQueue as a Pool uses it: a one-way Pipe whose items are
    reduced as pickle reduces them (by __reduce__, for an ExceptionWithTraceback) and rebuilt by
    the receiver.'''

    @staticmethod
    def _pair():
        name = _pool_name()
        return _PoolQueue(name + '.inqueue', name), _PoolQueue(name + '.outqueue', name)

    def __init__(self, name, pool=None):
        reader, writer = _pool_pipe(name)
        self._reader = Connection(reader)
        self._writer = Connection(writer)
        self._pool = pool
        self._trace = None

    def empty(self):
        return not self._reader.poll()

    def put(self, obj):
        self._writer.send(_reduce(obj))

    def get(self):
        return _rebuild(self._reader.recv())


class _Reduced(object):
    '''What pickle makes of an object by its __reduce__: a callable and its arguments.'''

    def __init__(self, func, args):
        self.func = func
        self.args = args


def _reduce(obj):
    if type(obj) is tuple:
        return tuple([_reduce(x) for x in obj])
    if isinstance(obj, ExceptionWithTraceback):
        func, args = obj.__reduce__()
        return _Reduced(func, _reduce(args))
    return obj


def _rebuild(obj):
    if type(obj) is tuple:
        return tuple([_rebuild(x) for x in obj])
    if type(obj) is _Reduced:
        return obj.func(*_rebuild(obj.args))
    return obj
