# multiprocessing's sharedctypes: Value and Array in shared memory (the engine's shared array,
# outside the processes), wrapped with a lock as CPython wraps them.


class _CValue(object):

    __module__ = 'multiprocessing.sharedctypes'
    def __init__(self, typecode, mem):
        self._typecode = typecode
        self._mem = mem

    @property
    def value(self):
        return self._mem[0]

    @value.setter
    def value(self, v):
        self._mem[0] = v

    def __repr__(self):
        return '%s(%r)' % (_ctype(self._typecode), self._mem[0])


class _CArray(object):

    __module__ = 'multiprocessing.sharedctypes'
    def __init__(self, typecode, mem):
        self._typecode = typecode
        self._mem = mem

    def __len__(self):
        return len(self._mem)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._mem[j] for j in range(*i.indices(len(self._mem)))]
        return self._mem[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = list(range(*i.indices(len(self._mem))))
            v = list(v)
            if len(v) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, v):
                self._mem[j] = x
            return
        self._mem[i] = v

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            _ctype(self._typecode), len(self._mem), id(self))


def RawValue(typecode_or_type, *args):
    mem = _shared_new(typecode_or_type, 1, 'shared-value')
    if args:
        mem[0] = args[0]
    return _CValue(typecode_or_type, mem)


def RawArray(typecode_or_type, size_or_initializer):
    if isinstance(size_or_initializer, int):
        return _CArray(typecode_or_type, _shared_new(typecode_or_type, size_or_initializer, 'shared-array'))
    init = list(size_or_initializer)
    mem = _shared_new(typecode_or_type, len(init), 'shared-array')
    for i, v in enumerate(init):
        mem[i] = v
    return _CArray(typecode_or_type, mem)


class SynchronizedBase(object):

    __module__ = 'multiprocessing.sharedctypes'

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    __module__ = 'multiprocessing.sharedctypes'

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):

    __module__ = 'multiprocessing.sharedctypes'

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value


def _Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock, ctx)


def _Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock, ctx)


