# What CPython 3.13 writes in C (Modules/_asyncmodule.c): Future, Task, the running loop and
# the task registry, with the C version's messages. Interleave writes them in Python; the frames
# of this file never show in tracebacks (AsyncioModule runs it "invisible"), as C frames do not.
# Natives from AsyncioModule: _get_running_loop, _set_running_loop, _emit, _entity,
# _describe_coroutine, _coroutine_line, _is_native_coroutine, _thread_id, _coroutine_memory.

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Context:
    """Interleave has no context variables: every callback runs in this one context."""

    def run(self, callable, *args, **kwargs):
        return callable(*args, **kwargs)

    def copy(self):
        return self


_the_context = Context()


def copy_context():
    return _the_context


# ---- heapq, as CPython's Lib/heapq.py does it (so equal deadlines pop in the same order) ----

def _heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def _heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def _heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


# ---- the running loop (one per simulated thread) ----

def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


# ---- reprs (base_futures, base_tasks, format_helpers) ----

def _short_repr(obj):
    r = repr(obj)
    if len(r) > 30 and isinstance(obj, str):
        return r[:13] + '...' + r[-14:]
    return r


def _get_function_source(func):
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    if code is None or code.co_filename.endswith('/asyncio/_asyncio.py'):
        return None
    return (code.co_filename, code.co_firstlineno)


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    qualname = getattr(func, '__qualname__', None)
    name = getattr(func, '__name__', None)
    if qualname:
        func_repr = qualname
    elif name:
        func_repr = name
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args, *, debug=False):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return _format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0][0]), size - 2, format_cb(cb[-1][0]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={_short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


def _task_repr_info(task):
    info = _future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    if task._fut_waiter is not None:
        info.insert(2, f'wait_for={task._fut_waiter!r}')
    if task._coro:
        info.insert(2, f'coro=<{_describe_coroutine(task._coro)}>')
    return info


# ---- Future ----

class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    # What a task waiting on this future waits for, for the trace: a reason and an entity.
    _wait_reason = 'future'
    _wait_on = -1

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered_callbacks = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks[:] = filtered_callbacks
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            new_exc = RuntimeError("StopIteration interacts badly with "
                                   "generators and cannot be raised into a "
                                   "Future")
            new_exc.__cause__ = exception
            new_exc.__context__ = exception
            exception = new_exc
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        self._loop._unretrieved.append(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()  # May raise too.

    __iter__ = __await__


Future.__module__ = '_asyncio'


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def isfuture(obj):
    return (getattr(obj.__class__, '_asyncio_future_blocking', None) is not None
            and obj._asyncio_future_blocking is not None)


# ---- tasks: registry and names ----

_task_counter = 0
_all_tasks = {}  # the tasks not done yet, in creation order (a dict used as an ordered set)
_current_tasks = {}


def _next_task_name():
    global _task_counter
    _task_counter += 1
    return f'Task-{_task_counter}'


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current_task!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current_task!r}.")
    del _current_tasks[loop]


def _swap_current_task(loop, task):
    prev_task = _current_tasks.get(loop)
    if task is None:
        del _current_tasks[loop]
    else:
        _current_tasks[loop] = task
    return prev_task


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if _get_loop(t) is loop and not t.done()}


# ---- Task ----

class Task(Future):
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not _is_native_coroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None:
            self._context = copy_context()
        else:
            self._context = context
        self._trace_id = _entity('task', self._name, 'thread', _thread_id(), 'loop', self._loop._trace_id,
                                 'memory', _coroutine_memory())
        _emit('task.state', self._trace_id, 'state', 'ready', 'at', _coroutine_line(coro))
        self._loop.call_soon(self.task_step, context=self._context)
        _register_task(self)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(_task_repr_info(self)))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        _emit('task.rename', self._trace_id, 'name', self._name)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def _finished(self):
        _unregister_task(self)
        exc = self._exception
        state = 'cancelled' if self._state == _CANCELLED else 'failed' if exc is not None else 'done'
        if exc is not None:
            _emit('task.state', self._trace_id, 'state', state, 'exception', type(exc).__name__)
        else:
            _emit('task.state', self._trace_id, 'state', state)

    def task_step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        _emit('task.state', self._trace_id, 'state', 'running', 'at', _coroutine_line(self._coro))
        try:
            self._step_run_and_handle_result(exc)
        finally:
            _leave_task(self._loop, self)
            self = None

    def _step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, exc.value)
            self._finished()
        except CancelledError as exc:
            self._cancelled_exc = exc
            Future.cancel(self)
            self._finished()
        except (KeyboardInterrupt, SystemExit) as exc:
            Future.set_exception(self, exc)
            self._finished()
            raise
        except BaseException as exc:
            Future.set_exception(self, exc)
            self._finished()
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if _get_loop(result) is not self._loop:
                    new_exc = RuntimeError(
                        f'Task {self!r} got Future '
                        f'{result!r} attached to a different loop')
                    self._loop.call_soon(self.task_step, new_exc, context=self._context)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                        self._loop.call_soon(self.task_step, new_exc, context=self._context)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self.task_wakeup, context=self._context)
                        self._fut_waiter = result
                        self._trace_wait(result)
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(
                        f'yield was used instead of yield from '
                        f'in task {self!r} with {result!r}')
                    self._loop.call_soon(self.task_step, new_exc, context=self._context)
            elif result is None:
                _emit('task.state', self._trace_id, 'state', 'ready', 'reason', 'yield',
                      'at', _coroutine_line(coro))
                self._loop.call_soon(self.task_step, context=self._context)
            else:
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                self._loop.call_soon(self.task_step, new_exc, context=self._context)
        finally:
            self = None

    def _trace_wait(self, fut):
        on = fut._wait_on
        if isinstance(fut, Task):
            reason, on = 'task', fut._trace_id
        else:
            reason = fut._wait_reason
        if reason == 'sleep':
            _emit('task.state', self._trace_id, 'state', 'waiting', 'reason', reason, 'on', on,
                  'until', fut._wait_until, 'at', _coroutine_line(self._coro))
        else:
            _emit('task.state', self._trace_id, 'state', 'waiting', 'reason', reason, 'on', on,
                  'at', _coroutine_line(self._coro))

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.task_step(exc)
        else:
            self.task_step()
        self = None


Task.__module__ = '_asyncio'


# ---- what the Python half of asyncio takes from modules Interleave does not have ----

class _deque:
    """collections.deque, as much of it as asyncio uses."""

    def __init__(self, items=()):
        self._items = list(items)

    def append(self, x):
        self._items.append(x)

    def appendleft(self, x):
        self._items.insert(0, x)

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def remove(self, x):
        self._items.remove(x)

    def clear(self):
        self._items.clear()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        return self._items[i]

    def __repr__(self):
        return f'deque({self._items!r})'


class _Enum:
    """enum.Enum's members as asyncio uses them (name, value, identity); see _enumify."""

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'


def _enumify(cls):
    for key, value in list(cls.__dict__.items()):
        if not key.startswith('_') and not callable(value):
            member = object.__new__(cls)
            member._name_ = key
            member._value_ = value
            setattr(cls, key, member)
    return cls


def _generic_alias(cls, item):
    return cls


class _NoLock:
    """The loop-binding lock: one thread runs a loop's code at a time, so it never waits."""

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class _partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **self.keywords, **keywords)


def _isawaitable(obj):
    return _is_native_coroutine(obj) or hasattr(type(obj), '__await__')


class _GeneratorAwaitable:
    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen


def _iterable_coroutine(func):
    """types.coroutine for a generator function: its generator can be awaited."""
    def wrapper(*args, **kwargs):
        return _GeneratorAwaitable(func(*args, **kwargs))
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    return wrapper


def _partial_call(func, args, kwargs):
    # functools.partial(func, *args, **kwargs) for to_thread: C code in CPython, so its frame
    # is not in tracebacks (this file's frames are hidden)
    def call():
        return func(*args, **kwargs)
    return call


# ---- what the synchronisation objects tell the trace ----

def _semaphore_kind(sem):
    return 'asyncio.bounded-semaphore' if isinstance(sem, BoundedSemaphore) else 'asyncio.semaphore'


def _queue_flavour(q):
    if isinstance(q, PriorityQueue):
        return 'priority'
    if isinstance(q, LifoQueue):
        return 'lifo'
    return 'fifo'
