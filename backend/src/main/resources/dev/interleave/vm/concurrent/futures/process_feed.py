# Interleave: what a ProcessPoolExecutor's queues run of CPython 3.13's multiprocessing/queues.py,
# on its line numbers, run in the namespace of concurrent.futures.process under the name of
# queues.py so that a pickling error's traceback names the frames CPython shows:
# - Queue._feed, the call queue's feeder thread, cut down to pickling one object at once (the
#   engine's queue has no feeder thread);
# - SimpleQueue.put, the result queue's, which pickles before it sends.
from multiprocessing import _SimpleQueueClass


#@line 230
def _feed(obj, onerror):
    """True when obj pickles; otherwise the queue's onerror(e, obj) has run, as in CPython."""
#@line 260
    try:
        # serialize the data before acquiring the lock
        obj = _ForkingPickler.dumps(obj)
    except Exception as e:
        onerror(e, obj)
        return False
    return True


#@line 370
class _ResultQueue(_SimpleQueueClass):
    """The result queue: a SimpleQueue whose put checks the object by pickle's rules first."""

#@line 389
    def put(self, obj):
        # serialize the data before acquiring the lock
        obj = _ForkingPickler.dumps(obj)
        _SimpleQueueClass.put(self, obj)  # interleave: the engine's queue copies obj by pickle's rules
