package dev.interleave.vm;

import java.util.Arrays;

/**
 * The object protocols every part of the engine uses: truth, hashing, str/repr, length,
 * items, containment and iteration. Fast paths for builtin types; user classes through their
 * special methods (looked up on the type, called with {@link Interpreter#call}).
 *
 * <p>Special methods are dispatched in two ways. For classes defined by the program,
 * {@link #userSpecial} finds a method the program wrote (an inherited native of a builtin base
 * does not count: the Java object's own behaviour is used then). For builtin types that this
 * class does not know (other modules' types such as dict views), {@link #nativeSpecial} finds
 * the native registered on that type, ignoring object's defaults.
 */
public final class Ops {
    private Ops() {}

    // ---- special method lookup and calls ----

    /** A special method defined by the program's classes on {@code t}'s MRO, or null. */
    static PyObject userSpecial(PyType t, String name) {
        if (t.isBuiltin()) {
            return null;
        }
        PyObject m = t.lookup(name);
        if (m == null || m instanceof PyBuiltinFunction) {
            return null;
        }
        return m;
    }

    /** A special method registered on a builtin type (not object's default), or null. */
    static PyObject nativeSpecial(PyType t, String name) {
        PyObject m = t.lookup(name);
        if (m == null || m == Builtins.OBJECT.ownGet(name)) {
            return null;
        }
        return m;
    }

    /**
     * The program's own special method for an instance of a class it defined (a subclass of a
     * builtin type included), or null. Protocols call it before their native behaviour, so that
     * {@code class Stack(list)} can override {@code __len__} while a plain list keeps its fast path.
     */
    static PyObject override(PyObject o, String name) {
        PyType t = o.type();
        return t.isBuiltin() ? null : userSpecial(t, name);
    }

    /** Calls a special method found on the type of {@code self}, binding it as Python would. */
    static PyObject callMethod(Interpreter in, PyObject m, PyObject self) {
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction) {
            return in.call(m, self);
        }
        if (m instanceof PyWrappedMethod w) {
            return w.isClassMethod() ? in.call(w.func, self.type()) : in.call(w.func);
        }
        return in.call(Attr.bind(in, m, self, self.type()));
    }

    static PyObject callMethod(Interpreter in, PyObject m, PyObject self, PyObject arg) {
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction) {
            return in.call(m, self, arg);
        }
        if (m instanceof PyWrappedMethod w) {
            return w.isClassMethod() ? in.call(w.func, self.type(), arg) : in.call(w.func, arg);
        }
        return in.call(Attr.bind(in, m, self, self.type()), arg);
    }

    static PyObject callMethod(Interpreter in, PyObject m, PyObject self, PyObject a, PyObject b) {
        if (m instanceof PyFunction || m instanceof PyBuiltinFunction) {
            return in.call(m, self, a, b);
        }
        if (m instanceof PyWrappedMethod w) {
            return w.isClassMethod() ? in.call(w.func, self.type(), a, b) : in.call(w.func, a, b);
        }
        return in.call(Attr.bind(in, m, self, self.type()), a, b);
    }

    /** The special method for a protocol: the program's, or a native of an unknown builtin type. */
    private static PyObject special(PyObject o, String name) {
        PyType t = o.type();
        if (!t.isBuiltin()) {
            return userSpecial(t, name);
        }
        return known(o) ? null : nativeSpecial(t, name);
    }

    /** True for the Java classes whose behaviour this class implements itself. */
    static boolean known(PyObject o) {
        return o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o instanceof PyList
                || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet || o instanceof PyNone
                || o instanceof PyRange || o instanceof PySlice || o instanceof PyType || o instanceof PyFunction
                || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyModule
                || o instanceof PyBaseException || o instanceof PyGenerator || o instanceof PyInstance
                || o instanceof PyIter || o instanceof GenericAlias || o instanceof GenericAlias.Union;
    }

    // ---- identity ----

    /** "0x7f...", the address repr() shows: id(o) in hex, as CPython shows it. */
    public static String addr(Interpreter in, PyObject o) {
        return "0x" + Long.toHexString(ObjectIds.of(in, o));
    }

    // ---- hashing ----

    /**
     * Python's hash() reduced to an int for hash tables: equal for equal objects (numbers
     * across int/float/bool included). A str gives its Java hash code (what {@link PyDict#putStr}
     * uses); every other value gives its Python hash scrambled, so that runs of consecutive ints
     * do not form one long cluster in a linearly probed table.
     */
    public static int hash(Interpreter in, PyObject o) {
        if (o.getClass() == PyStr.class) {
            return o.hashCode();
        }
        if (o.getClass() == PyInt.class && ((PyInt) o).big == null) {
            long v = ((PyInt) o).value;
            if (v > -Hashing.MODULUS && v < Hashing.MODULUS) {
                return scramble(v == -1 ? -2 : v);
            }
        }
        long h = pyHash(in, o);
        return o instanceof PyStr ? (int) h : scramble(h);
    }

    private static int scramble(long h) {
        long x = h * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }

    /** Python's hash() exactly as CPython computes it for int, float, bool, None, tuple; identity-based otherwise. */
    public static long pyHash(Interpreter in, PyObject o) {
        return Hashing.pyHash(in, o);
    }

    // ---- truth ----

    public static boolean truthy(Interpreter in, PyObject o) {
        if (o instanceof PyBool b) {
            return b.value != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (!t.isBuiltin()) {
            PyObject m = userSpecial(t, "__bool__");
            if (m != null) {
                PyObject r = callMethod(in, m, o);
                if (r instanceof PyBool b) {
                    return b.value != 0;
                }
                throw PyErr.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            m = userSpecial(t, "__len__");
            if (m != null) {
                return lenResult(in, callMethod(in, m, o)) != 0;
            }
        }
        return nativeTruthy(in, o);
    }

    private static boolean nativeTruthy(Interpreter in, PyObject o) {
        if (o instanceof PyInt i) {
            return i.big != null || i.value != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size != 0;
        }
        if (o instanceof PyTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0.0;
        }
        if (o instanceof PySet s) {
            return s.size() != 0;
        }
        if (o instanceof PyRange r) {
            return !r.isEmpty();
        }
        if (o instanceof PyNone) {
            return false;
        }
        if (!known(o)) {
            PyType t = o.type();
            PyObject m = nativeSpecial(t, "__bool__");
            if (m != null) {
                return callMethod(in, m, o) == PyBool.TRUE;
            }
            m = nativeSpecial(t, "__len__");
            if (m != null) {
                return lenResult(in, callMethod(in, m, o)) != 0;
            }
        }
        return true;
    }

    // ---- str / repr ----

    public static String repr(Interpreter in, PyObject o) {
        return Repr.repr(in, o);
    }

    public static String str(Interpreter in, PyObject o) {
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).value;
        }
        return Repr.str(in, o);
    }

    // ---- length ----

    /** len(o) as an int (collections that Java can hold); OverflowError beyond. Use {@link #length} for len(). */
    public static int len(Interpreter in, PyObject o) {
        long n = length(in, o);
        if (n > Integer.MAX_VALUE) {
            throw PyErr.overflow("cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    }

    /** len(o) with CPython's range (up to sys.maxsize: a range can be that long). */
    public static long length(Interpreter in, PyObject o) {
        PyObject m = override(o, "__len__");
        if (m != null) {
            return lenResult(in, callMethod(in, m, o));
        }
        return nativeLength(in, o);
    }

    /** The builtin types' len (list.__len__ & co.), then a builtin type's registered __len__. */
    static long nativeLength(Interpreter in, PyObject o) {
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyList l) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        PyObject m = special(o, "__len__");
        if (m == null) {
            throw PyErr.typeError("object of type '" + o.type().name() + "' has no len()");
        }
        return lenResult(in, callMethod(in, m, o));
    }

    /** Checks what __len__ returned. */
    static long lenResult(Interpreter in, PyObject r) {
        PyInt i = r instanceof PyInt x ? x : indexObject(in, r);
        if (i.big != null) {
            throw PyErr.overflow("cannot fit 'int' into an index-sized integer");
        }
        if (i.value < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        return i.value;
    }

    // ---- items ----

    public static PyObject getItem(Interpreter in, PyObject container, PyObject key) {
        return Items.getItem(in, container, key);
    }

    public static void setItem(Interpreter in, PyObject container, PyObject key, PyObject value) {
        Items.setItem(in, container, key, value);
    }

    public static void delItem(Interpreter in, PyObject container, PyObject key) {
        Items.delItem(in, container, key);
    }

    // ---- containment ----

    public static boolean contains(Interpreter in, PyObject container, PyObject item) {
        PyObject m = override(container, "__contains__");
        if (m != null) {
            return truthy(in, callMethod(in, m, container, item));
        }
        return nativeContains(in, container, item);
    }

    /** The builtin types' containment (list.__contains__ & co.), then the generic protocol. */
    static boolean nativeContains(Interpreter in, PyObject container, PyObject item) {
        if (container instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                PyObject x = l.items[i];
                if (x == item || Compare.eq(in, x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (PyObject x : t.items) {
                if (x == item || Compare.eq(in, x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyStr s) {
            if (item instanceof PyStr sub) {
                return s.value.contains(sub.value);
            }
            throw PyErr.typeError("'in <string>' requires string as left operand, not " + item.type().name());
        }
        if (container instanceof PyDict d) {
            return d.containsKey(in, item);
        }
        if (container instanceof PySet s) {
            return s.contains(in, item);
        }
        if (container instanceof PyRange r) {
            if (item instanceof PyInt i) {
                return r.containsInt(i);
            }
            return iterContains(in, r, item);
        }
        PyObject m = special(container, "__contains__");
        if (m != null) {
            return truthy(in, callMethod(in, m, container, item));
        }
        if (special(container, "__iter__") != null || container instanceof PyIter
                || container instanceof PyGenerator g && g.kind == Builtins.GENERATOR
                || special(container, "__getitem__") != null) {
            return iterContains(in, container, item);
        }
        throw PyErr.typeError("argument of type '" + container.type().name() + "' is not iterable");
    }

    private static boolean iterContains(Interpreter in, PyObject container, PyObject item) {
        PyObject it = iter(in, container);
        for (PyObject x = next(in, it); x != null; x = next(in, it)) {
            if (x == item || Compare.eq(in, x, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration ----

    /** iter(o): a PyIter for builtin iterables, a generator, or whatever __iter__ returned. */
    public static PyObject iter(Interpreter in, PyObject o) {
        PyObject m = override(o, "__iter__");
        if (m != null) {
            return iterResult(in, o, m);
        }
        return nativeIter(in, o);
    }

    /** The builtin types' iterators (list.__iter__ & co.), then the generic protocol. */
    static PyObject nativeIter(Interpreter in, PyObject o) {
        if (o instanceof PyList l) {
            return new Iterators.ListIter(l);
        }
        if (o instanceof PyTuple t) {
            return new Iterators.TupleIter(t.items);
        }
        if (o instanceof PyRange r) {
            return r.iterator();
        }
        if (o instanceof PyStr s) {
            return new Iterators.StrIter(s);
        }
        if (o instanceof PyDict d) {
            return new Iterators.DictIter(d, Iterators.DictIter.KEYS);
        }
        if (o instanceof PySet s) {
            return new Iterators.SetIter(s);
        }
        if (o instanceof PyIter) {
            return o;
        }
        if (o instanceof PyGenerator g && g.kind == Builtins.GENERATOR) {
            return o;
        }
        PyObject m = special(o, "__iter__");
        if (m != null) {
            return iterResult(in, o, m);
        }
        if (special(o, "__getitem__") != null) {
            return new Iterators.SeqIter(o);
        }
        throw PyErr.notIterable(o);
    }

    private static PyObject iterResult(Interpreter in, PyObject o, PyObject m) {
        if (m == PyNone.NONE) {
            throw PyErr.notIterable(o);
        }
        PyObject it = callMethod(in, m, o);
        if (!isIterator(it)) {
            throw PyErr.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /** True when next() works on {@code o}. */
    static boolean isIterator(PyObject o) {
        if (o instanceof PyIter || o instanceof PyGenerator g && g.kind == Builtins.GENERATOR) {
            return true;
        }
        return special(o, "__next__") != null;
    }

    /** next(it): the next item, or null when the iterator is exhausted. */
    public static PyObject next(Interpreter in, PyObject iterator) {
        if (iterator instanceof PyIter pi) {
            return pi.next(in);
        }
        if (iterator instanceof PyGenerator g && g.kind == Builtins.GENERATOR) {
            return in.resumeGenerator(g, PyNone.NONE, null);
        }
        PyObject m = special(iterator, "__next__");
        if (m == null) {
            throw PyErr.typeError("'" + iterator.type().name() + "' object is not an iterator");
        }
        try {
            return callMethod(in, m, iterator);
        } catch (PyException e) {
            if (e.exc.isInstance(Builtins.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable, in order. The array is the caller's. */
    public static PyObject[] toArray(Interpreter in, PyObject iterable) {
        if (override(iterable, "__iter__") != null) {
            return iterate(in, iterable);
        }
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        if (iterable instanceof PyTuple t) {
            return t.items.clone();
        }
        if (iterable instanceof PyDict d) {
            return d.keysArray();
        }
        if (iterable instanceof PySet s) {
            return s.toArray();
        }
        if (iterable instanceof PyRange r) {
            long n = r.length();
            if (n > Arith.MAX_ITEMS) {
                throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
            }
            PyObject[] out = new PyObject[(int) n];
            if (!r.isBig()) {
                for (int i = 0; i < n; i++) {
                    out[i] = PyInt.of(r.item(i));
                }
                return out;
            }
            PyIter it = r.iterator();
            for (int i = 0; i < n; i++) {
                out[i] = it.next(in);
            }
            return out;
        }
        return iterate(in, iterable);
    }

    private static PyObject[] iterate(Interpreter in, PyObject iterable) {
        PyObject it = iter(in, iterable);
        PyObject[] buf = new PyObject[8];
        int n = 0;
        for (PyObject x = next(in, it); x != null; x = next(in, it)) {
            if (n == buf.length) {
                if (n >= Arith.MAX_ITEMS) {
                    throw PyErr.ofNoArgs(Builtins.MEMORY_ERROR);
                }
                buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = x;
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    // ---- __index__ ----

    /** o.__index__() as a long (for subscripts, range, etc.); TypeError otherwise. */
    public static long index(Interpreter in, PyObject o) {
        PyInt i = o instanceof PyInt x ? x : indexObject(in, o);
        if (i.big != null) {
            throw PyErr.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** operator.index(o): an int (never a bool), or "'str' object cannot be interpreted as an integer". */
    public static PyInt indexObject(Interpreter in, PyObject o) {
        if (o instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = special(o, "__index__");
        if (m == null) {
            throw PyErr.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = callMethod(in, m, o);
        if (r instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (r instanceof PyInt i) {
            return i;
        }
        throw PyErr.typeError("__index__ returned non-int (type " + r.type().name() + ")");
    }

    /** True when {@code o} is an int or has __index__. */
    static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || special(o, "__index__") != null;
    }

    // ---- format ----

    /** format(value, spec) */
    public static String format(Interpreter in, PyObject value, String spec) {
        PyType t = value.type();
        if (!t.isBuiltin()) {
            PyObject m = userSpecial(t, "__format__");
            if (m != null) {
                PyObject r = callMethod(in, m, value, PyStr.of(spec));
                if (r instanceof PyStr s) {
                    return s.value;
                }
                throw PyErr.typeError("__format__ must return a str, not " + r.type().name());
            }
        } else if (!known(value)) {
            PyObject m = nativeSpecial(t, "__format__");
            if (m != null) {
                PyObject r = callMethod(in, m, value, PyStr.of(spec));
                if (r instanceof PyStr s) {
                    return s.value;
                }
                throw PyErr.typeError("__format__ must return a str, not " + r.type().name());
            }
        }
        return Formatter.format(in, value, spec);
    }
}
