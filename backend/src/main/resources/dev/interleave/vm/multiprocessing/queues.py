# multiprocessing's queues (CPython's multiprocessing/queues.py): Queue, JoinableQueue and
# SimpleQueue over the engine's channel, a buffer outside the processes; items are pickled on
# put and unpickled on get, so the receiver always gets a copy.

from queue import Empty, Full


class Queue(object):

    __module__ = 'multiprocessing.queues'

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._chan = _channel_new(maxsize, 'mp')
        self._closed = False
        self._joincancelled = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._chan.put(obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        ok, item = self._chan.get(block, timeout)
        if not ok:
            raise Empty
        return item

    def qsize(self):
        return self._chan.qsize()

    def empty(self):
        return self._chan.qsize() == 0

    def full(self):
        return self._chan.qsize() >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        self._joincancelled = True


class JoinableQueue(Queue):

    __module__ = 'multiprocessing.queues'

    def __init__(self, maxsize=0, *, ctx):
        _QueueClass.__init__(self, maxsize, ctx=ctx)

    def task_done(self):
        self._chan.task_done()

    def join(self):
        self._chan.join()


class SimpleQueue(object):

    __module__ = 'multiprocessing.queues'

    def __init__(self, *, ctx):
        self._chan = _channel_new(SEM_VALUE_MAX, 'simple')
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._chan.qsize() == 0

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._chan.get(True, None)[1]

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._chan.put(obj, True, None)


_QueueClass = Queue
_JoinableQueueClass = JoinableQueue
_SimpleQueueClass = SimpleQueue
