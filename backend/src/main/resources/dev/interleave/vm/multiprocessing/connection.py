# multiprocessing's connection module: Pipe's two Connection objects over the engine's pipe
# ends (one handle per process; a reader sees EOF when every copy of the write end is closed).


class Connection(object):

    __module__ = 'multiprocessing.connection'

    def __init__(self, end):
        self._end = end

    @property
    def closed(self):
        return self._end._closed()

    @property
    def readable(self):
        return self._end._readable()

    @property
    def writable(self):
        return self._end._writable()

    def send(self, obj):
        self._end.send(obj)

    def recv(self):
        return self._end.recv()

    def poll(self, timeout=0.0):
        return self._end.poll(timeout)

    def close(self):
        self._end.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()




def _Pipe(duplex=True):
    a, b = _pipe_new(duplex)
    return Connection(a), Connection(b)
