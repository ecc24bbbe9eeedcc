# Interleave: the part of CPython 3.13's multiprocessing/reduction.py that _feed calls, on its
# line numbers: ForkingPickler.dumps. Its dump checks obj by pickle's rules (functions and
# classes by name; locks, generators, modules refused) and raises pickle's error; the queue's
# put then carries the object.
#@line 33
class _ForkingPickler(object):
    '''Pickler subclass used by multiprocessing.'''

    def __init__(self, buf, protocol=None):
        self.dump = _pickle_check

#@line 48
    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = None
        cls(buf, protocol).dump(obj)
        return buf
