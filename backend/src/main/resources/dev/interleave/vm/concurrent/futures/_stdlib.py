# Stand-ins for the few parts of collections, logging, types, itertools, weakref and os that
# CPython 3.13's concurrent/futures/_base.py, thread.py and process.py use, run by the engine in those
# modules' namespaces before their own code (whose import lines for these modules are blanked).
# Natives from the engine: _log_record(text, exc), _cpu_count(), _generic_alias(origin, args).
import sys


def _namedtuple(typename, field_names):
    fields = tuple(field_names.replace(',', ' ').split())

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for name in fields[len(args):]:
            if name not in kwargs:
                raise TypeError(f"{typename}.__new__() missing 1 required positional argument: '{name}'")
            values.append(kwargs.pop(name))
        if kwargs or len(values) != len(fields):
            raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments"
                            f" but {len(args) + 1} were given")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return typename + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__slots__': (), '_fields': fields, '__new__': __new__, '__repr__': __repr__,
          '_asdict': _asdict, '_replace': _replace, '__getnewargs__': __getnewargs__,
          '__module__': __name__}
    for index, name in enumerate(fields):
        ns[name] = property(lambda self, i=index: self[i], doc=f'Alias for field number {index}')
    return type(typename, (tuple,), ns)


class collections:
    namedtuple = staticmethod(_namedtuple)


class _Logger:
    """What logging.getLogger(name) gives when nothing configured logging: records of level
    WARNING and up go to stderr through logging's last-resort handler ("%(message)s")."""

    def __init__(self, name):
        self.name = name

    def _log(self, msg, args, exc_info):
        if args:
            msg = msg % args
        _log_record(str(msg), sys.exc_info()[1] if exc_info else None)

    def exception(self, msg, *args, exc_info=True):
        self._log(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None):
        self._log(msg, args, exc_info)

    def error(self, msg, *args, exc_info=None):
        self._log(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None):
        self._log(msg, args, exc_info)

    def info(self, msg, *args, exc_info=None):
        pass

    def debug(self, msg, *args, exc_info=None):
        pass


class logging:
    getLogger = _Logger


class types:
    GenericAlias = _generic_alias


class _count:
    def __init__(self):
        self._next = 0

    def __next__(self):
        n = self._next
        self._next = n + 1
        return n


def _batched(iterable, n):
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(iterable)
    while batch := tuple(_islice(it, n)):
        yield batch


def _islice(it, n):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


class itertools:
    count = _count
    batched = staticmethod(_batched)


class weakref:
    """Interleave has no garbage collector to watch: a reference stays alive."""

    @staticmethod
    def ref(obj, callback=None):
        return lambda: obj

    WeakKeyDictionary = dict


class os:
    @staticmethod
    def process_cpu_count():
        return _cpu_count()

    cpu_count = process_cpu_count
