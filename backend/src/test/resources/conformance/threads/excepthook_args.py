# The ExceptHookArgs fields
import threading

info = {}

def hook(args):
    info["thread is t"] = args.thread is t
    info["type"] = args.exc_type
    info["value is instance"] = isinstance(args.exc_value, args.exc_type)
    info["value args"] = args.exc_value.args
    info["traceback type"] = type(args.exc_traceback).__name__
    info["fields"] = type(args).__name__, len(args)
    info["in failing thread"] = threading.current_thread() is t

threading.excepthook = hook

class TaskError(Exception):
    pass

def task():
    raise TaskError("step", 3)

t = threading.Thread(target=task, name="task-1")
t.start()
t.join()
for key in sorted(info):
    print(key, "=", info[key])
threading.excepthook = threading.__excepthook__
