# multiprocessing's reduction module: ForkingPickler.dumps, what a Connection's send pickles its
# object with, on CPython's line numbers (a pickling error shows this frame, as in CPython).

#@line 33
class ForkingPickler(object):
    '''Pickler subclass used by multiprocessing.'''

    __module__ = 'multiprocessing.reduction'

    def __init__(self, file, protocol=None):
        # CPython's C pickler: dump adds no frame of its own to a traceback
        self.dump = file._dump

#@line 48
    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = _pickle_buffer()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()


_ForkingPickler = ForkingPickler
