# The Python half of Interleave's signal module: the Signals and Handlers enums (int
# subclasses with CPython's reprs) over the engine's natives (_signal, _getsignal, alarm...).


class _IntEnum(int):
    _by_value = None

    def __new__(cls, value, name=None):
        if name is None:
            try:
                return cls._by_value[value]
            except KeyError:
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__)) from None
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return int.__repr__(self)

    def __hash__(self):
        return int.__hash__(self)

    def __reduce__(self):
        return (type(self), (int(self),))


class Signals(_IntEnum):
    pass


class Handlers(_IntEnum):
    pass


Signals._by_value = {}
for _name, _value in (('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGKILL', 9), ('SIGUSR1', 10),
                      ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGCHLD', 17),
                      ('SIGCONT', 18), ('SIGSTOP', 19)):
    Signals._by_value[_value] = Signals(_value, _name)
SIGHUP, SIGINT, SIGQUIT, SIGKILL, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD, SIGCONT, SIGSTOP = (
    Signals._by_value[n] for n in (1, 2, 3, 9, 10, 12, 13, 14, 15, 17, 18, 19))
Handlers._by_value = {0: Handlers(0, 'SIG_DFL'), 1: Handlers(1, 'SIG_IGN')}
SIG_DFL = Handlers._by_value[0]
SIG_IGN = Handlers._by_value[1]
NSIG = 65
del _name, _value

Signals.__module__ = 'signal'
Handlers.__module__ = 'signal'


def signal(signalnum, handler):
    if not (handler == 0 or handler == 1 or callable(handler)) or isinstance(handler, bool):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = _set_handler(int(signalnum), handler)
    return _wrap(old)


def getsignal(signalnum):
    return _wrap(_get_handler(int(signalnum)))


def _wrap(h):
    if h is None:
        return None
    if type(h) is int and h in (0, 1):
        return Handlers(h)
    return h


def strsignal(signalnum):
    return _STRINGS.get(int(signalnum))


_STRINGS = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 9: 'Killed', 10: 'User defined signal 1',
            12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
            17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)'}


def valid_signals():
    return set(Signals._by_value.values())


def raise_signal(signalnum):
    _raise_signal(int(signalnum))
