# Empty, Full and ShutDown are plain Exception subclasses
import queue

for cls in (queue.Empty, queue.Full, queue.ShutDown):
    print(cls.__name__, issubclass(cls, Exception), cls.__bases__[0].__name__,
          issubclass(cls, RuntimeError))
print(repr(queue.Empty()), repr(queue.Full()), repr(queue.ShutDown()))
print(repr(queue.Full("custom")), str(queue.Empty("msg")))
try:
    raise queue.Full
except Exception as e:
    print("caught", type(e).__name__, "as Exception")
print(queue.Empty is queue.Full, issubclass(queue.Empty, queue.Full))
