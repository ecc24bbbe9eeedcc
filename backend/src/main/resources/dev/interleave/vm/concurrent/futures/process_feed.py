# Interleave: what a ProcessPoolExecutor's call queue runs of CPython 3.13's
# multiprocessing/queues.py, on its line numbers: the feeder thread's Queue._feed, cut down to
# pickling one object at once (the engine's queue has no feeder thread). Run in the namespace of
# concurrent.futures.process under the name of queues.py, so that a pickling error's traceback
# names the frame CPython shows.
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
