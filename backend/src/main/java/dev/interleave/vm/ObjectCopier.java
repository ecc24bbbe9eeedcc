package dev.interleave.vm;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What fork does to a process's memory: an identity-preserving deep copy of an object graph.
 * Every mutable object reached (lists, dicts, instances, classes, functions, frames, cells,
 * synchronisation objects...) is copied once, and the copies point at each other as the
 * originals did (code objects too, for their per-process global caches); immutable values
 * (str, int, float, builtin types and functions) are shared, as the copy-on-write pages of a real fork would be. Engine objects outside the
 * process's memory (the machine, the output) are shared too; a reference can be mapped to a
 * replacement beforehand ({@link #map}), and a simulated thread that is not mapped (a thread
 * that does not survive the fork) becomes null, and is dropped from lists.
 */
final class ObjectCopier {

    /** The value an unmapped reference becomes: none (a thread that did not survive). */
    private static final Object GONE = new Object();

    private final Map<Object, Object> done = new IdentityHashMap<>();
    private final Map<Class<?>, List<Field>> fieldsOf = new HashMap<>();
    private final ArrayDeque<Object[]> pending = new ArrayDeque<>();
    private final List<SyncObject> syncObjects = new ArrayList<>();
    private final List<ConnectionObject> connections = new ArrayList<>();
    /** Weak registries met, with their copies: filled once the rest of the graph is copied. */
    private final List<WeakRegistry[]> weak = new ArrayList<>();
    /** Consulted first for every object not yet copied: a replacement, or null to copy it. */
    private java.util.function.Function<Object, Object> resolver = o -> null;

    /** Lets {@code r} replace objects (pickle rules: functions and classes travel by name). */
    ObjectCopier resolveWith(java.util.function.Function<Object, Object> r) {
        resolver = r;
        return this;
    }

    /** References to {@code from} become {@code to} (null: dropped). */
    ObjectCopier map(Object from, Object to) {
        done.put(from, to == null ? GONE : to);
        return this;
    }

    /** The copy of {@code o} (copied now if it was not yet). */
    @SuppressWarnings("unchecked")
    <T> T copy(T o) {
        Object r = ref(o);
        drain();
        for (int kept = -1; kept != keptWeakEntries(); ) {
            kept = keptWeakEntries();
            fillWeak();
            drain();
        }
        return (T) r;
    }

    private void drain() {
        while (!pending.isEmpty()) {
            Object[] job = pending.poll();
            fill(job[0], job[1]);
        }
    }

    /** A weak registry's copy keeps the entries whose object was copied through other references. */
    private void fillWeak() {
        for (WeakRegistry[] pair : weak) {
            WeakRegistry from = pair[0];
            WeakRegistry to = pair[1];
            List<PyObject[]> kept = new ArrayList<>();
            for (PyObject[] e : from.entries) {
                Object obj = done.get(e[0]);
                if (obj != null && obj != GONE) {
                    kept.add(new PyObject[] {(PyObject) obj, (PyObject) ref(e[1])});
                }
            }
            to.entries.clear();
            to.entries.addAll(kept);
        }
    }

    private int keptWeakEntries() {
        int n = 0;
        for (WeakRegistry[] pair : weak) {
            n += pair[1].entries.size();
        }
        return n;
    }

    /** The pipe ends copied: each is a new open handle in the new process. */
    List<ConnectionObject> connections() {
        return connections;
    }

    /** The synchronisation objects copied, to be registered in the new process. */
    List<SyncObject> syncObjects() {
        return syncObjects;
    }

    private Object ref(Object o) {
        if (o == null) {
            return null;
        }
        Object d = done.get(o);
        if (d != null) {
            return d == GONE ? null : d;
        }
        Object replaced = resolver.apply(o);
        if (replaced != null) {
            done.put(o, replaced);
            return replaced;
        }
        if (shared(o)) {
            return o;
        }
        Class<?> c = o.getClass();
        if (dev.interleave.machine.SimThread.class == c || ThreadState.class == c) {
            return null;
        }
        Object n;
        if (o instanceof WeakRegistry w) {
            WeakRegistry copy = new WeakRegistry();
            done.put(o, copy);
            weak.add(new WeakRegistry[] {w, copy});
            return copy;
        }
        if (c.isArray()) {
            n = array(o, c);
        } else if (o instanceof Collection<?> || o instanceof Map<?, ?>) {
            n = collection(o);
        } else if (c.isRecord()) {
            n = record(o, c);
        } else {
            n = allocate(c);
            done.put(o, n);
            pending.add(new Object[] {o, n});
            if (o instanceof SyncObject) {
                syncObjects.add((SyncObject) n);
            }
            if (o instanceof ConnectionObject) {
                connections.add((ConnectionObject) n);
            }
        }
        return n;
    }

    private static boolean shared(Object o) {
        if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                || o instanceof Enum<?> || o instanceof Class<?>) {
            return true;
        }
        if (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool
                || o instanceof PyNone || o instanceof PyBuiltinFunction
                || o instanceof PyGetSet || o instanceof SourceFile || o == PyTuple.EMPTY
                || o instanceof SharedAcrossProcesses) {
            return true;
        }
        if (o instanceof PyType t) {
            return t.isBuiltin();
        }
        Class<?> c = o.getClass();
        if (c.getSimpleName().equals("Missing") || c.getSimpleName().equals("Dummy")
                || o instanceof PyWrappedMethod w && shared(w.func)) {
            // the engine's markers (a cached miss, a deleted set slot) and wrapped builtins; a
            // staticmethod or classmethod of a Python function is copied with its function
            return true;
        }
        if (c.isArray() || o instanceof Collection<?> || o instanceof Map<?, ?>) {
            return false;
        }
        return c.isHidden() || c.isSynthetic() || !c.getPackageName().equals("dev.interleave.vm")
                || o instanceof Interpreter;
    }

    private Object array(Object o, Class<?> c) {
        if (c.getComponentType().isPrimitive()) {
            int len = Array.getLength(o);
            Object n = Array.newInstance(c.getComponentType(), len);
            System.arraycopy(o, 0, n, 0, len);
            done.put(o, n);
            return n;
        }
        Object[] from = (Object[]) o;
        Object[] n = (Object[]) Array.newInstance(c.getComponentType(), from.length);
        done.put(o, n);
        pending.add(new Object[] {o, n});
        return n;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object collection(Object o) {
        Object n = allocateCollection(o);
        done.put(o, n);
        pending.add(new Object[] {o, n});
        return n;
    }

    private static Object allocateCollection(Object o) {
        try {
            return o.getClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            if (o instanceof Map<?, ?>) {
                return new java.util.LinkedHashMap<>();
            }
            return new ArrayList<>();
        }
    }

    private Object record(Object o, Class<?> c) {
        RecordComponent[] rc = c.getRecordComponents();
        Object[] values = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                var acc = rc[i].getAccessor();
                acc.setAccessible(true);
                values[i] = ref(acc.invoke(o));
                types[i] = rc[i].getType();
            }
            var ctor = c.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            Object n = ctor.newInstance(values);
            done.put(o, n);
            return n;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + c.getName() + " across a fork", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fill(Object o, Object n) {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            Object[] from = (Object[]) o;
            Object[] to = (Object[]) n;
            for (int i = 0; i < from.length; i++) {
                to[i] = ref(from[i]);
            }
        } else if (o instanceof Map<?, ?> m) {
            Map to = (Map) n;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object k = ref(e.getKey());
                if (k != null || e.getKey() == null) {
                    to.put(k, ref(e.getValue()));
                }
            }
        } else if (o instanceof Collection<?> col) {
            Collection to = (Collection) n;
            for (Object x : col) {
                Object y = ref(x);
                if (y != null || x == null) {
                    to.add(y);
                }
            }
        } else {
            try {
                for (Field f : fields(c)) {
                    Object v = f.get(o);
                    f.set(n, f.getType().isPrimitive() ? v : ref(v));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot copy " + c.getName() + " across a fork", e);
            }
        }
    }

    private List<Field> fields(Class<?> c) {
        List<Field> l = fieldsOf.get(c);
        if (l == null) {
            l = new ArrayList<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        l.add(f);
                    }
                }
            }
            fieldsOf.put(c, l);
        }
        return l;
    }

    private static Object allocate(Class<?> c) {
        try {
            return UNSAFE.allocateInstance(c);
        } catch (InstantiationException e) {
            throw new IllegalStateException("cannot copy " + c.getName() + " across a fork", e);
        }
    }

    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
