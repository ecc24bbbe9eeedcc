package dev.interleave.vm;

/** A function defined by def or lambda: code plus globals, defaults and closure. */
public final class PyFunction extends PyObject {

    public final PyCode code;
    public final PyDict globals;
    public PyObject[] defaults;
    public PyDict kwDefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public PyObject doc;
    public PyObject module;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyObject[] defaults, PyDict kwDefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.doc == null ? PyNone.NONE : PyStr.of(code.doc);
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
    }

    @Override
    public PyType type() {
        return Builtins.FUNCTION;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
