package dev.interleave.vm;

/**
 * The queue module of CPython 3.13: Queue, LifoQueue and PriorityQueue (QueueTypes, QueueObject),
 * SimpleQueue (SimpleQueueObject) and the exceptions Empty, Full and ShutDown. As in CPython,
 * Empty and SimpleQueue come from the C module _queue ({@link Accelerator}), so an uncaught
 * Empty prints as {@code _queue.Empty}.
 */
final class QueueModule implements NativeModule {

    /** _queue.Empty, raised by get() with nothing to get. */
    static final PyType EMPTY = new PyType("Empty", Builtins.EXCEPTION, true);
    /** queue.Full, raised by put() with no room. */
    static final PyType FULL = new PyType("Full", Builtins.EXCEPTION, true);
    /** queue.ShutDown (3.13), raised by put() and get() on a queue that was shut down. */
    static final PyType SHUTDOWN = new PyType("ShutDown", Builtins.EXCEPTION, true);

    static {
        EMPTY.setModule("_queue");
        FULL.setModule("queue");
        SHUTDOWN.setModule("queue");
    }

    static PyException empty() {
        return PyErr.ofNoArgs(EMPTY);
    }

    static PyException full() {
        return PyErr.ofNoArgs(FULL);
    }

    static PyException shutDown() {
        return PyErr.ofNoArgs(SHUTDOWN);
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("queue");
        m.put("Empty", EMPTY);
        m.put("Full", FULL);
        m.put("ShutDown", SHUTDOWN);
        m.put("Queue", QueueTypes.QUEUE);
        m.put("LifoQueue", QueueTypes.LIFO);
        m.put("PriorityQueue", QueueTypes.PRIORITY);
        m.put("SimpleQueue", SimpleQueueObject.TYPE);
        m.put("__all__", PyList.of(PyStr.of("Empty"), PyStr.of("Full"), PyStr.of("ShutDown"), PyStr.of("Queue"),
                PyStr.of("PriorityQueue"), PyStr.of("LifoQueue"), PyStr.of("SimpleQueue")));
        return m;
    }

    /** _queue: the C part of queue, SimpleQueue and Empty. */
    static final class Accelerator implements NativeModule {

        @Override
        public String name() {
            return "_queue";
        }

        @Override
        public PyModule create(Interpreter in) {
            PyModule m = new PyModule("_queue");
            m.put("SimpleQueue", SimpleQueueObject.TYPE);
            m.put("Empty", EMPTY);
            return m;
        }
    }
}
