package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The builtin functions other than the class-related ones (those are in ClassBuiltins). The
 * function objects are built once and shared by every run: they hold no state.
 */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    private static final List<PyBuiltinFunction> FUNCTIONS = List.copyOf(build());

    public static List<PyBuiltinFunction> functions() {
        return FUNCTIONS;
    }

    private static List<PyBuiltinFunction> build() {
        List<PyBuiltinFunction> f = new ArrayList<>();
        f.add(Methods.fn("print", BuiltinFunctions::print));
        f.add(Methods.fn("len", (in, a, k) -> PyInt.of(Ops.length(in, ClinicArgs.one("len", a, k, 0)))));
        f.add(Methods.fn("abs", NumericBuiltins::abs));
        f.add(Methods.fn("all", (in, a, k) -> {
            PyObject it = Ops.iter(in, ClinicArgs.one("all", a, k, 0));
            for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                if (!Ops.truthy(in, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        f.add(Methods.fn("any", (in, a, k) -> {
            PyObject it = Ops.iter(in, ClinicArgs.one("any", a, k, 0));
            for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
                if (Ops.truthy(in, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        f.add(Methods.fn("ascii", (in, a, k) -> PyStr.of(Formatter.ascii(in, ClinicArgs.one("ascii", a, k, 0)))));
        f.add(Methods.fn("bin", (in, a, k) -> NumericBuiltins.toBase(in, a, k, "bin", 2, "0b")));
        f.add(Methods.fn("oct", (in, a, k) -> NumericBuiltins.toBase(in, a, k, "oct", 8, "0o")));
        f.add(Methods.fn("hex", (in, a, k) -> NumericBuiltins.toBase(in, a, k, "hex", 16, "0x")));
        f.add(Methods.fn("chr", NumericBuiltins::chr));
        f.add(Methods.fn("ord", NumericBuiltins::ord));
        f.add(Methods.fn("divmod", NumericBuiltins::divmod));
        f.add(Methods.fn("pow", NumericBuiltins::pow));
        f.add(Methods.fn("round", NumericBuiltins::round));
        f.add(Methods.fn("sum", NumericBuiltins::sum));
        f.add(Methods.fn("min", (in, a, k) -> NumericBuiltins.minmax(in, a, k, false)));
        f.add(Methods.fn("max", (in, a, k) -> NumericBuiltins.minmax(in, a, k, true)));
        f.add(Methods.fn("sorted", BuiltinFunctions::sorted));
        f.add(Methods.fn("reversed", BuiltinFunctions::reversed));
        f.add(Methods.fn("enumerate", BuiltinFunctions::enumerate));
        f.add(Methods.fn("zip", BuiltinFunctions::zip));
        f.add(Methods.fn("map", BuiltinFunctions::map));
        f.add(Methods.fn("filter", (in, a, k) -> {
            if (ClinicArgs.kwCount(k) > 0) {
                throw PyErr.typeError("filter() takes no keyword arguments");
            }
            ClinicArgs.count("filter", a.length, 2, 2);
            return new BuiltinIterators.Filter(a[0], Ops.iter(in, a[1]));
        }));
        f.add(Methods.fn("iter", BuiltinFunctions::iter));
        f.add(Methods.fn("next", BuiltinFunctions::next));
        f.add(Methods.fn("repr", (in, a, k) -> PyStr.of(Ops.repr(in, ClinicArgs.one("repr", a, k, 0)))));
        f.add(Methods.fn("format", (in, a, k) -> {
            ClinicArgs.positional("format", a, k, 0, 1, 2);
            String spec = "";
            if (a.length > 1) {
                if (!(a[1] instanceof PyStr s)) {
                    throw PyErr.typeError("format() argument 2 must be str, not " + ClinicArgs.argType(a[1]));
                }
                spec = s.value;
            }
            return PyStr.of(Ops.format(in, a[0], spec));
        }));
        f.add(Methods.fn("hash", (in, a, k) -> PyInt.of(Ops.pyHash(in, ClinicArgs.one("hash", a, k, 0)))));
        f.add(Methods.fn("id", (in, a, k) -> PyInt.of(ObjectIds.of(in, ClinicArgs.one("id", a, k, 0)))));
        f.add(Methods.fn("callable", (in, a, k) -> PyBool.of(isCallable(ClinicArgs.one("callable", a, k, 0)))));
        f.add(Methods.fn("input", (in, a, k) -> {
            throw PyErr.runtimeError("input() is not available: Interleave programs have no console input");
        }));
        f.add(Methods.fn("open", (in, a, k) -> {
            throw PyErr.of(Builtins.PERMISSION_ERROR, "open() is not available: Interleave programs cannot open files");
        }));
        for (String name : new String[] {"exit", "quit"}) {
            f.add(Methods.fn(name, (in, a, k) -> {
                PyObject[] p = Args.parse(name, a, k, 0, new String[] {"code"}, 0);
                throw PyErr.withArg(Builtins.SYSTEM_EXIT, p[0] == null ? PyNone.NONE : p[0]);
            }));
        }
        f.add(Methods.fn("vars", BuiltinFunctions::vars));
        f.add(Methods.fn("locals", (in, a, k) -> {
            ClinicArgs.none("locals", a, k, 0);
            return locals(in);
        }));
        f.add(Methods.fn("globals", (in, a, k) -> {
            ClinicArgs.none("globals", a, k, 0);
            Frame top = in.currentThread().top();
            return top == null ? new PyDict() : top.globals;
        }));
        f.add(Methods.fn("dir", BuiltinFunctions::dir));
        return f;
    }

    // ---- print ----

    private static PyObject print(Interpreter in, PyObject[] a, String[] k) {
        int nkw = ClinicArgs.kwCount(k);
        int npos = a.length - nkw;
        PyObject sep = null;
        PyObject end = null;
        PyObject file = null;
        PyObject flush = null;
        for (int i = 0; i < nkw; i++) {
            switch (k[i]) {
                case "sep" -> sep = a[npos + i];
                case "end" -> end = a[npos + i];
                case "file" -> file = a[npos + i];
                case "flush" -> flush = a[npos + i];
                default -> throw PyErr.typeError("print() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = SysModule.stdout(in);
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String sepText = textArg(sep, "sep", " ");
        String endText = textArg(end, "end", "\n");
        if (file instanceof SysModule.TextStream stream) {
            StringBuilder sb = new StringBuilder();
            // where CPython's print makes a new write (each argument, sep, end): see StdoutBuffer
            int[] cuts = new int[2 * npos];
            int nc = 0;
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    cuts[nc++] = sb.length();
                    sb.append(sepText);
                    cuts[nc++] = sb.length();
                }
                PyObject x = a[i];
                if (x instanceof PyStr s) {
                    sb.append(s.value);
                } else if (x instanceof PyInt || x instanceof PyFloat || x == PyNone.NONE) {
                    sb.append(Ops.str(in, x));
                } else {
                    if (!sb.isEmpty()) {
                        stream.write(in, sb.toString(), cuts, nc);
                        sb.setLength(0);
                    }
                    nc = 0;
                    sb.append(Ops.str(in, x));
                }
            }
            if (nc < cuts.length) {
                cuts[nc++] = sb.length();
            } else {
                cuts = new int[] {sb.length()};
                nc = 1;
            }
            sb.append(endText);
            stream.write(in, sb.toString(), cuts, nc);
            if (flush != null && Ops.truthy(in, flush) && stream == SysModule.STDOUT) {
                in.flushOutput();
            }
            return PyNone.NONE;
        }
        PyObject write = Attr.get(in, file, "write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                in.call(write, PyStr.of(sepText));
            }
            in.call(write, a[i] instanceof PyStr ? a[i] : PyStr.of(Ops.str(in, a[i])));
        }
        in.call(write, PyStr.of(endText));
        if (flush != null && Ops.truthy(in, flush)) {
            in.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    private static String textArg(PyObject o, String name, String dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(name + " must be None or a string, not " + o.type().name());
    }

    // ---- sequences and iterators ----

    private static PyObject sorted(Interpreter in, PyObject[] a, String[] k) {
        int npos = a.length - ClinicArgs.kwCount(k);
        if (npos != 1) {
            throw PyErr.typeError("sorted expected 1 argument, got " + npos);
        }
        PyList list = ListMethods.fromIterable(in, a[0]);
        PyObject[] p = Args.parse("sort", a, k, 1, new String[] {"key", "reverse"}, 0);
        ListSort.sort(in, list, p[0], p[1] != null && Ops.truthy(in, p[1]));
        return list;
    }

    private static PyObject reversed(Interpreter in, PyObject[] a, String[] k) {
        if (ClinicArgs.kwCount(k) > 0) {
            throw PyErr.typeError("reversed() takes no keyword arguments");
        }
        ClinicArgs.count("reversed", a.length, 1, 1);
        PyObject seq = a[0];
        if (seq instanceof PyList l) {
            return new Iterators.ListReverseIter(l);
        }
        if (seq instanceof PyRange r) {
            return r.reversedIterator();
        }
        if (seq instanceof PyTuple t) {
            return new BuiltinIterators.SeqReverse(t, t.size());
        }
        if (seq instanceof PyStr s) {
            return new BuiltinIterators.SeqReverse(s, s.length());
        }
        if (seq instanceof PyDict d) {
            return PyDictView.reversedKeyIterator(d);
        }
        if (seq instanceof PyDictView v) {
            return v.reversedIterator();
        }
        PyObject rev = Attr.lookupSpecial(seq, "__reversed__");
        if (rev == PyNone.NONE) {
            throw PyErr.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        if (rev != null) {
            return Attr.callSpecial(in, seq, "__reversed__");
        }
        boolean sequence = seq.type() == Builtins.RANGE
                || Attr.lookupSpecial(seq, "__getitem__") != null && !(seq instanceof PySet);
        if (!sequence) {
            throw PyErr.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        return new BuiltinIterators.SeqReverse(seq, Ops.len(in, seq));
    }

    private static PyObject enumerate(Interpreter in, PyObject[] a, String[] k) {
        int npos = a.length - ClinicArgs.kwCount(k);
        if (npos > 2) {
            throw PyErr.typeError("enumerate() takes at most 2 arguments (" + a.length + " given)");
        }
        PyObject iterable = npos > 0 ? a[0] : ClinicArgs.keyword(a, k, "iterable");
        PyObject start = npos > 1 ? a[1] : ClinicArgs.keyword(a, k, "start");
        ClinicArgs.onlyKeywords("enumerate", k, "iterable", "start");
        if (iterable == null) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        }
        PyInt s = start == null ? PyInt.of(0) : ClinicArgs.indexObject(in, start);
        return new BuiltinIterators.Enumerate(Ops.iter(in, iterable), s);
    }

    private static PyObject zip(Interpreter in, PyObject[] a, String[] k) {
        int nkw = ClinicArgs.kwCount(k);
        int npos = a.length - nkw;
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("strict")) {
                throw PyErr.typeError("zip() got an unexpected keyword argument '" + k[i] + "'");
            }
            strict = Ops.truthy(in, a[npos + i]);
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Ops.iter(in, a[i]);
        }
        return new BuiltinIterators.Zip(its, strict);
    }

    private static PyObject map(Interpreter in, PyObject[] a, String[] k) {
        if (ClinicArgs.kwCount(k) > 0) {
            throw PyErr.typeError("map() takes no keyword arguments");
        }
        if (a.length < 2) {
            throw PyErr.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = Ops.iter(in, a[i]);
        }
        return new BuiltinIterators.MapIter(a[0], its);
    }

    private static PyObject iter(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("iter", a, k, 0, 1, 2);
        if (a.length == 1) {
            return Ops.iter(in, a[0]);
        }
        if (!isCallable(a[0])) {
            throw PyErr.typeError("iter(v, w): v must be callable");
        }
        return new BuiltinIterators.CallableIter(a[0], a[1]);
    }

    private static PyObject next(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("next", a, k, 0, 1, 2);
        PyObject it = a[0];
        if (!(it instanceof PyIter || it instanceof PyGenerator) && Attr.lookupSpecial(it, "__next__") == null) {
            throw PyErr.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        PyObject v = Ops.next(in, it);
        if (v != null) {
            return v;
        }
        if (a.length > 1) {
            return a[1];
        }
        throw PyErr.stopIteration(it instanceof PyGenerator ? in.lastReturn() : null);
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || Attr.lookupSpecial(o, "__call__") != null;
    }

    // ---- namespaces ----

    private static PyObject vars(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("vars", a, k, 0, 0, 1);
        if (a.length == 0) {
            return locals(in);
        }
        PyObject o = a[0];
        if (o instanceof PyType t) {
            return t.dictSnapshot();
        }
        PyDict own = o.dict();
        if (own == null) {
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
        return own;
    }

    /** The calling frame's namespace (locals() of a function, the dict of a module or class body). */
    private static PyDict locals(Interpreter in) {
        Frame f = in.currentThread().top();
        return f == null ? new PyDict() : PyFrameObject.locals(f);
    }

    private static PyObject dir(Interpreter in, PyObject[] a, String[] k) {
        ClinicArgs.positional("dir", a, k, 0, 0, 1);
        TreeSet<String> names = new TreeSet<>(ListSort::compareStrings);
        if (a.length == 0) {
            PyDict d = locals(in);
            for (PyObject key : d.keysArray()) {
                names.add(Ops.str(in, key));
            }
            return sortedList(names);
        }
        PyObject o = a[0];
        if (!(o instanceof PyType) && !o.type().isBuiltin() && o.type().lookup("__dir__") != null) {
            PyList r = ListMethods.fromIterable(in, Attr.callSpecial(in, o, "__dir__"));
            ListSort.sort(in, r, null, false);
            return r;
        }
        if (o instanceof PyModule m) {
            for (PyObject key : m.dict().keysArray()) {
                names.add(Ops.str(in, key));
            }
            return sortedList(names);
        }
        PyDict own = o instanceof PyType ? null : o.dict();
        if (own != null) {
            for (PyObject key : own.keysArray()) {
                if (key instanceof PyStr s) {
                    names.add(s.value);
                }
            }
        }
        PyType t = o instanceof PyType pt ? pt : o.type();
        for (PyType base : t.mro()) {
            names.addAll(base.ownNames());
        }
        if (o instanceof PyType) {
            names.add("__class__");
        }
        return sortedList(names);
    }

    private static PyList sortedList(TreeSet<String> names) {
        PyList out = new PyList(names.size());
        for (String n : names) {
            out.append(PyStr.of(n));
        }
        return out;
    }
}
