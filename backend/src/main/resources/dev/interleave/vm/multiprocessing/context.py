# multiprocessing's contexts (CPython's multiprocessing/context.py): the default context whose
# start method can be set once, and the fork and spawn contexts with their Process classes.
# "#@line N" markers keep the lines a traceback shows where CPython 3.13 has them.

class BaseContext(object):

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(current_process)
    parent_process = staticmethod(parent_process)
    active_children = staticmethod(active_children)

    def cpu_count(self):
        '''Returns the number of CPUs in the system'''
        return _cpu_count()

#@line 49
    def Manager(self):
        '''Returns a manager associated with a running server process

        The managers methods such as `Lock()`, `Condition()` and `Queue()`
        can be used to create shared objects.
        '''
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def Lock(self):
        '''Returns a non-recursive lock object'''
        return _LockClass(ctx=self.get_context())

    def RLock(self):
        '''Returns a recursive lock object'''
        return _RLockClass(ctx=self.get_context())

    def Condition(self, lock=None):
        '''Returns a condition object'''
        return _ConditionClass(lock, ctx=self.get_context())

    def Semaphore(self, value=1):
        '''Returns a semaphore object'''
        return _SemaphoreClass(value, ctx=self.get_context())

    def BoundedSemaphore(self, value=1):
        '''Returns a bounded semaphore object'''
        return _BoundedSemaphoreClass(value, ctx=self.get_context())

    def Event(self):
        '''Returns an event object'''
        return _EventClass(ctx=self.get_context())

    def Barrier(self, parties, action=None, timeout=None):
        '''Returns a barrier object'''
        return _BarrierClass(parties, action, timeout, ctx=self.get_context())

    def Queue(self, maxsize=0):
        '''Returns a queue object'''
        return _QueueClass(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        '''Returns a queue object'''
        return _JoinableQueueClass(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        '''Returns a queue object'''
        return _SimpleQueueClass(ctx=self.get_context())

    def Pipe(self, duplex=True):
        '''Returns two connection object connected by a pipe'''
        return _Pipe(duplex)

#@line 115
    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        '''Returns a process pool object'''
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        '''Returns a shared object'''
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        '''Returns a shared array'''
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        '''Returns a synchronized shared object'''
        return _Value(typecode_or_type, *args, lock=lock, ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        '''Returns a synchronized shared array'''
        return _Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self.get_context())

#@line 187
    def get_context(self, method=None):
        if method is None:
            return self
        try:
            ctx = _concrete_contexts[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None
        ctx._check_available()
        return ctx

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def _check_available(self):
        pass

#
# Type of default context -- underlying context can be set at most once
#

#@line 220
class Process(BaseProcess):
    _start_method = None
    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)

    @staticmethod
    def _after_fork():
        return _default_context.get_context().Process._after_fork()

class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        else:
            return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        """Returns a list of the supported start methods, default first."""
        return ['fork', 'spawn', 'forkserver']


#
# Context types for fixed start method
#

#@line 277
class ForkProcess(BaseProcess):
    _start_method = 'fork'
    @staticmethod
    def _Popen(process_obj):
        Popen = _ForkPopen
        return Popen(process_obj)

#@line 284
class SpawnProcess(BaseProcess):
    _start_method = 'spawn'
    @staticmethod
    def _Popen(process_obj):
        Popen = _SpawnPopen
        return Popen(process_obj)

    @staticmethod
    def _after_fork():
        # process is spawned, nothing to do
        pass

class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess

class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess

_concrete_contexts = {
    'fork': ForkContext(),
    'spawn': SpawnContext(),
}
_default_context = DefaultContext(_concrete_contexts[_default_start_method()])


def _force_start_method(method):
    _default_context._actual_context = _concrete_contexts[method]


get_context = _default_context.get_context
get_start_method = _default_context.get_start_method
set_start_method = _default_context.set_start_method
get_all_start_methods = _default_context.get_all_start_methods

Lock = _default_context.Lock
RLock = _default_context.RLock
Condition = _default_context.Condition
Semaphore = _default_context.Semaphore
BoundedSemaphore = _default_context.BoundedSemaphore
Event = _default_context.Event
Barrier = _default_context.Barrier
Queue = _default_context.Queue
JoinableQueue = _default_context.JoinableQueue
SimpleQueue = _default_context.SimpleQueue
Pipe = _default_context.Pipe
Value = _default_context.Value
Array = _default_context.Array
Manager = _default_context.Manager
Pool = _default_context.Pool


# what pickle finds under multiprocessing's submodules (whose names this one namespace shares)
_pickle_names = {
    'synchronize.SemLock': SemLock, 'synchronize.Semaphore': _SemaphoreClass,
    'synchronize.BoundedSemaphore': _BoundedSemaphoreClass, 'synchronize.Lock': _LockClass,
    'synchronize.RLock': _RLockClass, 'synchronize.Condition': _ConditionClass,
    'synchronize.Event': _EventClass, 'synchronize.Barrier': _BarrierClass,
    'queues.Queue': _QueueClass, 'queues.JoinableQueue': _JoinableQueueClass,
    'queues.SimpleQueue': _SimpleQueueClass, 'connection.Connection': Connection,
    'sharedctypes._CValue': _CValue, 'sharedctypes._CArray': _CArray,
    'sharedctypes.SynchronizedBase': SynchronizedBase, 'sharedctypes.Synchronized': Synchronized,
    'sharedctypes.SynchronizedArray': SynchronizedArray,
}
