# The part of CPython's multiprocessing/util.py that managers and their proxies use: finalizers
# run at process exit by priority (a manager's shutdown, a proxy's decref), and callbacks run in
# a forked child before its target (a proxy's incref there). A fork copies both registries; the
# child empties the finalizers, as CPython's does.

_finalizer_registry = {}
_finalizer_counter = 0
# holds its objects weakly: a fork's copy keeps only the objects still reachable otherwise
_afterfork_registry = _weak_registry()


def register_after_fork(obj, func):
    _afterfork_registry.add(obj, func)


def _run_after_forkers():
    items = _afterfork_registry.items()
    for obj, func in items:
        try:
            func(obj)
        except Exception:
            pass


class Finalize(object):
    '''
    Class which supports object finalization using weakrefs
    '''
    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        global _finalizer_counter
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        _finalizer_counter += 1
        self._key = (exitpriority, _finalizer_counter)
        self._pid = _getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        '''
        Run the callback unless it has already been called or cancelled
        '''
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            if self._pid != _getpid():
                res = None
            else:
                res = self._callback(*self._args, **self._kwargs)
            self._callback = self._args = self._kwargs = self._key = None
            return res

    def cancel(self):
        '''
        Cancel finalization of the object
        '''
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        '''
        Return whether this finalizer is still waiting to invoke callback
        '''
        return self._key in _finalizer_registry


def _run_finalizers(minpriority=None):
    '''
    Run all finalizers whose exit priority is not None and at least minpriority

    Finalizers with highest priority are called first; finalizers with
    the same priority will be called in reverse order of creation.
    '''
    keys = [key for key in list(_finalizer_registry)
            if key[0] is not None and (minpriority is None or key[0] >= minpriority)]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                _print_exc()
    if minpriority is None:
        _finalizer_registry.clear()
