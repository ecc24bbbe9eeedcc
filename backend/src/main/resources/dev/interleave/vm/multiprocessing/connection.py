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

#@line 135
    def _check_closed(self):
        if self._end._closed():
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._end._readable():
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._end._writable():
            raise OSError("connection is read-only")

#@line 202
    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def _send_bytes(self, buf):
        self._end._send_pickled(buf)




def _Pipe(duplex=True):
    a, b = _pipe_new(duplex)
    return Connection(a), Connection(b)
