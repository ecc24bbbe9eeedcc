# Interleave: the part of CPython 3.13's multiprocessing/reduction.py that a ProcessPoolExecutor's
# queues call, on its line numbers: ForkingPickler.dumps. Its pickler's dump (a native) checks
# the object by pickle's rules (functions and classes by name; locks, generators, modules
# refused) and raises pickle's error; what it "pickles" to is the object itself, which the
# engine's queue then copies by the same rules.


class _Buffer:
    """io.BytesIO's stand-in: holds what the pickler dumped."""

    def getbuffer(self):
        return self.value


#@line 33
class _ForkingPickler(object):
    '''Pickler subclass used by multiprocessing.'''

    def __init__(self, buf, protocol=None):
        self.dump = _pickler_dump(buf)

#@line 48
    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = _Buffer()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()
