package dev.interleave.vm;

/**
 * dict.keys(), dict.values() and dict.items(): live views of a dict. Keys and items views are
 * set-like (==, <, &, |, -, ^, isdisjoint); their iterators raise CPython's RuntimeErrors when
 * the dict changes size (or its keys) while they run.
 */
public final class PyDictView extends PyObject {

    public enum Kind { KEYS, VALUES, ITEMS }

    public final PyDict dict;
    public final Kind kind;

    public PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> IterTypes.DICT_KEYS;
            case VALUES -> IterTypes.DICT_VALUES;
            case ITEMS -> IterTypes.DICT_ITEMS;
        };
    }

    public int size() {
        return dict.size();
    }

    public PyIter iterator() {
        return new Iterators.DictIter(dict, switch (kind) {
            case KEYS -> Iterators.DictIter.KEYS;
            case VALUES -> Iterators.DictIter.VALUES;
            case ITEMS -> Iterators.DictIter.ITEMS;
        });
    }

    public PyIter reversedIterator() {
        return new ReverseIterator(dict, kind);
    }

    /** reversed(dict). */
    public static PyIter reversedKeyIterator(PyDict d) {
        return new ReverseIterator(d, Kind.KEYS);
    }

    public boolean contains(Interpreter in, PyObject x) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(in, x);
            case ITEMS: {
                if (!(x instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = dict.get(in, t.get(0));
                return v != null && (v == t.get(1) || Compare.eq(in, v, t.get(1)));
            }
            default: {
                for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                    PyObject v = dict.valueAt(e);
                    if (v == x || Compare.eq(in, v, x)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    public String repr(Interpreter in) {
        StringBuilder sb = new StringBuilder(type().name()).append("([");
        boolean first = true;
        for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Ops.repr(in, item(dict, e, kind)));
        }
        return sb.append("])").toString();
    }

    static PyObject item(PyDict d, int e, Kind kind) {
        return switch (kind) {
            case KEYS -> d.keyAt(e);
            case VALUES -> d.valueAt(e);
            case ITEMS -> PyTuple.of(d.keyAt(e), d.valueAt(e));
        };
    }

    /** The items of this view as a new set. */
    PySet toSet(Interpreter in) {
        return toSet(in, this);
    }

    /** dictviews_to_set: set(o), from the dict itself for the keys of a plain dict. */
    private static PySet toSet(Interpreter in, PyObject o) {
        if (o instanceof PyDictView v && v.kind == Kind.KEYS && v.dict.subtype == null) {
            return SetMethods.newSet(in, v.dict, false);
        }
        return SetMethods.newSet(in, o, false);
    }

    /** reversed() of a dict or view: from the last entry back, with the forward iterator's checks. */
    private static final class ReverseIterator extends PyIter {
        private final PyDict d;
        private final Kind kind;
        private final int startSize;
        private int pos = Integer.MAX_VALUE;
        private int remaining;

        ReverseIterator(PyDict d, Kind kind) {
            this.d = d;
            this.kind = kind;
            this.startSize = d.size();
            this.remaining = startSize;
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> IterTypes.DICT_REVERSEKEYITERATOR;
                case VALUES -> IterTypes.DICT_REVERSEVALUEITERATOR;
                case ITEMS -> IterTypes.DICT_REVERSEITEMITERATOR;
            };
        }

        @Override
        public PyObject next(Interpreter in) {
            if (pos < 0) {
                return null;
            }
            if (d.size() != startSize) {
                pos = -1;
                throw PyErr.runtimeError("dictionary changed size during iteration");
            }
            int e = d.prevEntry(pos);
            if (e < 0) {
                pos = -1;
                return null;
            }
            if (remaining == 0) {
                pos = -1;
                throw PyErr.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = e;
            return item(d, e, kind);
        }
    }

    // ---- the view types' methods ----

    static void installTypes() {
        for (PyType t : new PyType[] {IterTypes.DICT_KEYS, IterTypes.DICT_VALUES, IterTypes.DICT_ITEMS}) {
            String n = t.name();
            Methods.def(t, "__len__", (in, a, k) -> {
                ClinicArgs.none(n + ".__len__", a, k, 1);
                return PyInt.of(view(a, n).size());
            });
            Methods.def(t, "__iter__", (in, a, k) -> {
                ClinicArgs.none(n + ".__iter__", a, k, 1);
                return view(a, n).iterator();
            });
            Methods.def(t, "__reversed__", (in, a, k) -> {
                ClinicArgs.none(n + ".__reversed__", a, k, 1);
                return view(a, n).reversedIterator();
            });
            Methods.def(t, "__contains__", (in, a, k) -> {
                PyObject x = ClinicArgs.one(n + ".__contains__", a, k, 1);
                return PyBool.of(view(a, n).contains(in, x));
            });
            Methods.def(t, "__repr__", (in, a, k) -> {
                ClinicArgs.none(n + ".__repr__", a, k, 1);
                return PyStr.of(view(a, n).repr(in));
            });
            if (t == IterTypes.DICT_VALUES) {
                continue;
            }
            Methods.value(t, "__hash__", PyNone.NONE);
            setOperator(t, "__and__", false, PyDictView::intersect);
            setOperator(t, "__rand__", true, PyDictView::intersect);
            setOperator(t, "__or__", false, (in, l, r) -> inPlace(in, l, r, PySet::update));
            setOperator(t, "__ror__", true, (in, l, r) -> inPlace(in, r, l, PySet::update));
            setOperator(t, "__sub__", false, (in, l, r) -> inPlace(in, l, r, PySet::differenceUpdate));
            setOperator(t, "__rsub__", true, (in, l, r) -> inPlace(in, r, l, PySet::differenceUpdate));
            setOperator(t, "__xor__", false, (in, l, r) -> inPlace(in, l, r, PySet::symmetricDifferenceUpdate));
            setOperator(t, "__rxor__", true, (in, l, r) -> inPlace(in, r, l, PySet::symmetricDifferenceUpdate));
            comparison(t, "__eq__", Compare.EQ);
            comparison(t, "__ne__", Compare.NE);
            comparison(t, "__lt__", Compare.LT);
            comparison(t, "__le__", Compare.LE);
            comparison(t, "__gt__", Compare.GT);
            comparison(t, "__ge__", Compare.GE);
            Methods.def(t, "isdisjoint", (in, a, k) -> {
                PyObject other = ClinicArgs.one(n + ".isdisjoint", a, k, 1);
                PyDictView v = view(a, n);
                PyObject it = Ops.iter(in, other);
                for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                    if (v.contains(in, x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
        }
    }

    private static PyDictView view(PyObject[] a, String typeName) {
        if (a.length > 0 && a[0] instanceof PyDictView v && v.type().name().equals(typeName)) {
            return v;
        }
        throw PyErr.typeError("descriptor for '" + typeName + "' objects doesn't apply to a '"
                + (a.length > 0 ? a[0].type().name() : "nothing") + "' object");
    }

    @FunctionalInterface
    private interface SetOp {
        PySet apply(Interpreter in, PyDictView view, PyObject other);
    }

    @FunctionalInterface
    private interface SetUpdate {
        void apply(PySet target, Interpreter in, PyObject other);
    }

    /** dictviews_sub / _or / _xor: set(left operand), then the in-place operation with the right one. */
    private static PySet inPlace(Interpreter in, PyObject left, PyObject right, SetUpdate op) {
        PySet result = toSet(in, left);
        op.apply(result, in, right);
        return result;
    }

    /** _PyDictView_Intersect: the smaller side is iterated and its items looked up in the other. */
    private static PySet intersect(Interpreter in, PyDictView self, PyObject other) {
        int lenSelf = self.size();
        if (other instanceof PySet os && os.type() == Builtins.SET && lenSelf <= os.size()) {
            return os.intersection(in, self);
        }
        PyDictView big = self;
        PyObject small = other;
        if (other instanceof PyDictView ov && ov.kind != Kind.VALUES && ov.size() > lenSelf) {
            big = ov;
            small = self;
        }
        PySet result = new PySet();
        PyObject it = Ops.iter(in, small);
        for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
            if (big.contains(in, x)) {
                result.add(in, x);
            }
        }
        return result;
    }

    /** view OP other and other OP view: the operation gets the view and the other operand. */
    private static void setOperator(PyType t, String name, boolean reflected, SetOp op) {
        Methods.def(t, name, (in, a, k) -> {
            PyObject other = ClinicArgs.one(t.name() + "." + name, a, k, 1);
            return op.apply(in, view(a, t.name()), other);
        });
    }

    /** Comparisons of set-like views: as sets, NotImplemented against anything not set-like. */
    private static void comparison(PyType t, String name, int op) {
        Methods.def(t, name, (in, a, k) -> {
            PyObject other = ClinicArgs.one(t.name() + "." + name, a, k, 1);
            PyDictView self = view(a, t.name());
            boolean setLike = other instanceof PySet || other instanceof PyDictView ov && ov.kind != Kind.VALUES;
            if (!setLike) {
                return PyNone.NOT_IMPLEMENTED;
            }
            int na = self.size();
            int nb = other instanceof PySet s ? s.size() : ((PyDictView) other).size();
            boolean r = switch (op) {
                case Compare.EQ -> na == nb && allContained(in, self, other);
                case Compare.NE -> !(na == nb && allContained(in, self, other));
                case Compare.LT -> na < nb && allContained(in, self, other);
                case Compare.LE -> na <= nb && allContained(in, self, other);
                case Compare.GT -> na > nb && allContained(in, other, self);
                default -> na >= nb && allContained(in, other, self);
            };
            return PyBool.of(r);
        });
    }

    /** Every item of a is in b (a and b are sets or views). */
    private static boolean allContained(Interpreter in, PyObject a, PyObject b) {
        PyObject[] items = a instanceof PySet s ? s.toArray() : ((PyDictView) a).toSet(in).toArray();
        for (PyObject x : items) {
            boolean in2 = b instanceof PySet s ? s.contains(in, x) : ((PyDictView) b).contains(in, x);
            if (!in2) {
                return false;
            }
        }
        return true;
    }
}
