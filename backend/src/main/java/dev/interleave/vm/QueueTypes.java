package dev.interleave.vm;

/**
 * The Python side of queue.Queue, LifoQueue and PriorityQueue (QueueObject): the classes, their
 * methods with queue.py's signatures, and the attributes queue.py sets on each instance
 * (maxsize, queue, unfinished_tasks, is_shutdown, mutex, not_empty, not_full, all_tasks_done).
 * The classes are subclassable; LifoQueue and PriorityQueue only replace the storage hooks
 * {@code _init}, {@code _qsize}, {@code _put} and {@code _get}, as in queue.py.
 */
final class QueueTypes {
    private QueueTypes() {}

    static final PyType QUEUE = new PyType("Queue", Builtins.OBJECT, true);
    static final PyType LIFO = new PyType("LifoQueue", QUEUE, true);
    static final PyType PRIORITY = new PyType("PriorityQueue", QUEUE, true);

    private static QueueObject self(PyObject[] a) {
        return (QueueObject) a[0];
    }

    /**
     * Queue(maxsize=0) and its subclasses. The trace names the queue at creation, with the maxsize
     * given when Queue.__init__ will see the same arguments; a subclass's own __init__ passing
     * another one shows as a queue.maxsize event.
     */
    static PyObject allocate(Interpreter in, PyType t, PyObject[] a, String[] k) {
        PyObject m = PyInt.of(0);
        if (t.isBuiltin()) {
            PyObject[] p = DefArgs.bind("Queue.__init__", a, k, 0, new String[] {"maxsize"}, 1);
            if (p[0] != null) {
                m = p[0];
            }
        } else if (t.lookup("__init__") == QUEUE.ownGet("__init__")) {
            try {
                PyObject[] p = DefArgs.bind("Queue.__init__", a, k, 0, new String[] {"maxsize"}, 1);
                if (p[0] != null) {
                    m = p[0];
                }
            } catch (PyException e) {
                // __init__ raises it again
            }
        }
        return new QueueObject(in, t, m);
    }

    static {
        QUEUE.setModule("queue");
        LIFO.setModule("queue");
        PRIORITY.setModule("queue");
        for (PyType t : new PyType[] {QUEUE, LIFO, PRIORITY}) {
            t.allocator(QueueTypes::allocate);
        }
        Methods.def(QUEUE, "__init__", (in, a, k) -> {
            PyObject[] p = DefArgs.bind("Queue.__init__", a, k, new String[] {"maxsize"}, 1);
            self(a).init(in, p[0] == null ? PyInt.of(0) : p[0]);
            return PyNone.NONE;
        });
        Methods.def(QUEUE, "put", (in, a, k) -> {
            PyObject[] p = DefArgs.bind("Queue.put", a, k, new String[] {"item", "block", "timeout"}, 2);
            self(a).put(in, p[0], p[1] == null ? PyBool.TRUE : p[1], p[2] == null ? PyNone.NONE : p[2]);
            return PyNone.NONE;
        });
        Methods.def(QUEUE, "get", (in, a, k) -> {
            PyObject[] p = DefArgs.bind("Queue.get", a, k, new String[] {"block", "timeout"}, 2);
            return self(a).get(in, p[0] == null ? PyBool.TRUE : p[0], p[1] == null ? PyNone.NONE : p[1]);
        });
        Methods.def(QUEUE, "put_nowait", (in, a, k) -> {
            PyObject[] p = DefArgs.bind("Queue.put_nowait", a, k, new String[] {"item"}, 0);
            return in.call(Attr.get(in, a[0], "put"), new PyObject[] {p[0], PyBool.FALSE}, new String[] {"block"});
        });
        Methods.def(QUEUE, "get_nowait", (in, a, k) -> {
            DefArgs.none("Queue.get_nowait", a, k);
            return in.call(Attr.get(in, a[0], "get"), new PyObject[] {PyBool.FALSE}, new String[] {"block"});
        });
        Methods.def(QUEUE, "task_done", (in, a, k) -> {
            DefArgs.none("Queue.task_done", a, k);
            self(a).taskDone();
            return PyNone.NONE;
        });
        Methods.def(QUEUE, "join", (in, a, k) -> {
            DefArgs.none("Queue.join", a, k);
            self(a).join();
            return PyNone.NONE;
        });
        Methods.def(QUEUE, "qsize", (in, a, k) -> {
            DefArgs.none("Queue.qsize", a, k);
            return PyInt.of(self(a).lockedQsize(in));
        });
        Methods.def(QUEUE, "empty", (in, a, k) -> {
            DefArgs.none("Queue.empty", a, k);
            return PyBool.of(self(a).lockedQsize(in) == 0);
        });
        Methods.def(QUEUE, "full", (in, a, k) -> {
            DefArgs.none("Queue.full", a, k);
            return self(a).full(in);
        });
        Methods.def(QUEUE, "shutdown", (in, a, k) -> {
            PyObject[] p = DefArgs.bind("Queue.shutdown", a, k, new String[] {"immediate"}, 1);
            self(a).shutdown(in, p[0] == null ? PyBool.FALSE : p[0]);
            return PyNone.NONE;
        });
        for (PyType t : new PyType[] {QUEUE, LIFO, PRIORITY}) {
            defineHooks(t, QueueObject.flavourOf(t));
        }
        QUEUE.ownDict().put("__class_getitem__", new PyWrappedMethod(Methods.fn("__class_getitem__",
                (in, a, k) -> new GenericAlias((PyType) a[0], ClinicArgs.one("__class_getitem__", a, k, 1))), true));
        Methods.getset(QUEUE, "maxsize", (in, o) -> ((QueueObject) o).maxsize,
                (in, o, v) -> ((QueueObject) o).setMaxsize(present(v, "maxsize")));
        Methods.getset(QUEUE, "queue", (in, o) -> ((QueueObject) o).queue,
                (in, o, v) -> ((QueueObject) o).queue = present(v, "queue"));
        Methods.getset(QUEUE, "unfinished_tasks", (in, o) -> PyInt.of(((QueueObject) o).unfinished),
                (in, o, v) -> ((QueueObject) o).setUnfinished(Ops.index(in, present(v, "unfinished_tasks"))));
        Methods.getset(QUEUE, "is_shutdown", (in, o) -> PyBool.of(((QueueObject) o).shutdown),
                (in, o, v) -> ((QueueObject) o).shutdown = Ops.truthy(in, present(v, "is_shutdown")));
        Methods.getter(QUEUE, "mutex", (in, o) -> ((QueueObject) o).mutex(in));
        Methods.getter(QUEUE, "not_empty", (in, o) -> ((QueueObject) o).notEmpty(in));
        Methods.getter(QUEUE, "not_full", (in, o) -> ((QueueObject) o).notFull(in));
        Methods.getter(QUEUE, "all_tasks_done", (in, o) -> ((QueueObject) o).allTasksDone(in));
    }

    /** _init, _qsize, _put and _get of one class, for subclasses to call through super(). */
    private static void defineHooks(PyType t, QueueObject.Flavour f) {
        String cls = t.name();
        Methods.def(t, "_init", (in, a, k) -> {
            DefArgs.bind(cls + "._init", a, k, new String[] {"maxsize"}, 0);
            self(a).queue = QueueObject.newStorage(f);
            return PyNone.NONE;
        });
        Methods.def(t, "_qsize", (in, a, k) -> {
            DefArgs.none(cls + "._qsize", a, k);
            return PyInt.of(self(a).storageSize(in));
        });
        Methods.def(t, "_put", (in, a, k) -> {
            PyObject[] p = DefArgs.bind(cls + "._put", a, k, new String[] {"item"}, 0);
            self(a).nativePut(in, f, p[0]);
            return PyNone.NONE;
        });
        Methods.def(t, "_get", (in, a, k) -> {
            DefArgs.none(cls + "._get", a, k);
            return self(a).nativeGet(in, f);
        });
    }

    private static PyObject present(PyObject v, String name) {
        if (v == null) {
            throw PyErr.typeError("cannot delete attribute '" + name + "'");
        }
        return v;
    }
}
