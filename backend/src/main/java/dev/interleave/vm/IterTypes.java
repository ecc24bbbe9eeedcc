package dev.interleave.vm;

/**
 * The builtin types of the iterator and view objects of the builtin library (enumerate, zip,
 * map, filter, reversed, dict views and their iterators...), so that they print with
 * CPython's names. Each type gets __iter__ and __next__ (views: __len__, __iter__,
 * __contains__, __repr__, __reversed__ and set operators, in {@link PyDictView}).
 */
final class IterTypes {
    private IterTypes() {}

    static final PyType ENUMERATE = iterType("enumerate");
    static final PyType ZIP = iterType("zip");
    static final PyType MAP = iterType("map");
    static final PyType FILTER = iterType("filter");
    static final PyType REVERSED = iterType("reversed");
    static final PyType CALLABLE_ITERATOR = iterType("callable_iterator");
    static final PyType DICT_REVERSEKEYITERATOR = iterType("dict_reversekeyiterator");
    static final PyType DICT_REVERSEVALUEITERATOR = iterType("dict_reversevalueiterator");
    static final PyType DICT_REVERSEITEMITERATOR = iterType("dict_reverseitemiterator");

    static final PyType DICT_KEYS = new PyType("dict_keys", Builtins.OBJECT, true).finalType();
    static final PyType DICT_VALUES = new PyType("dict_values", Builtins.OBJECT, true).finalType();
    static final PyType DICT_ITEMS = new PyType("dict_items", Builtins.OBJECT, true).finalType();

    static {
        PyDictView.installTypes();
    }

    private static PyType iterType(String name) {
        PyType t = new PyType(name, Builtins.OBJECT, true).finalType();
        Methods.def(t, "__iter__", (in, a, k) -> {
            ClinicArgs.none(name + ".__iter__", a, k, 1);
            return a[0];
        });
        Methods.def(t, "__next__", (in, a, k) -> {
            ClinicArgs.none(name + ".__next__", a, k, 1);
            if (!(a[0] instanceof PyIter it) || a[0].type() != t) {
                throw PyErr.typeError("descriptor '__next__' for '" + name + "' objects doesn't apply to a '"
                        + a[0].type().name() + "' object");
            }
            PyObject v = it.next(in);
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        });
        return t;
    }
}
