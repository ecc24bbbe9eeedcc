package dev.interleave.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class: builtin (shared by every run, so never changed after start-up and never cached into)
 * or defined by a program (owned by one run).
 * Attribute lookup walks the MRO; results are cached per type and the cache is dropped when the
 * type or one of its bases changes.
 */
public final class PyType extends PyObject {

    /** Makes a new instance of a type whose solid base is this builtin; gets the type asked for. */
    @FunctionalInterface
    public interface Allocator {
        PyObject allocate(Interpreter in, PyType type, PyObject[] args, String[] kwnames);
    }

    private final String name;
    private final PyType base;
    private final PyType[] mro;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    private final Map<String, PyObject> cache = new HashMap<>();
    private final List<PyType> subclasses = new ArrayList<>();
    private final boolean builtin;
    private String module;
    private String qualname;
    Allocator allocator;
    private boolean subclassable = true;

    public PyType(String name, PyType base, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.builtin = builtin;
        this.module = builtin ? "builtins" : "__main__";
        if (base == null) {
            mro = new PyType[] {this};
        } else {
            mro = new PyType[base.mro.length + 1];
            mro[0] = this;
            System.arraycopy(base.mro, 0, mro, 1, base.mro.length);
            if (!base.builtin) {
                base.subclasses.add(this);
            }
            allocator = base.allocator;
        }
    }

    @Override
    public PyType type() {
        return Builtins.TYPE;
    }

    public String name() { return name; }

    public String qualname() { return qualname; }

    public void setQualname(String q) { qualname = q; }

    public String module() { return module; }

    public void setModule(String m) { module = m; }

    public PyType base() { return base; }

    public PyType[] mro() { return mro; }

    public boolean isBuiltin() { return builtin; }

    public boolean isSubclassable() { return subclassable; }

    public PyType finalType() {
        subclassable = false;
        return this;
    }

    public PyType allocator(Allocator a) {
        this.allocator = a;
        return this;
    }

    /** The allocator of the nearest type in the MRO that has one. */
    public Allocator allocator() {
        for (PyType t : mro) {
            if (t.allocator != null) {
                return t.allocator;
            }
        }
        return null;
    }

    /** True when this type is {@code other} or derives from it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The type's own namespace (not the MRO). Builtin types: only changed while they are being set up. */
    public Map<String, PyObject> ownDict() {
        flat = null;
        if (!builtin) {
            invalidate();
        }
        return dict;
    }

    /** An entry of the type's own namespace (not the MRO), or null; reading it keeps the lookup tables. */
    /** The names defined in the type's own namespace (read-only). */
    public java.util.Set<String> ownNames() {
        return java.util.Collections.unmodifiableSet(dict.keySet());
    }

    public PyObject ownGet(String key) {
        return dict.get(key);
    }

    /**
     * For builtin types: the whole MRO's namespace in one immutable map, built on first lookup.
     * Immutable maps are safely shared between threads even when two build it at once.
     */
    private Map<String, PyObject> flat;

    private Map<String, PyObject> flat() {
        Map<String, PyObject> f = flat;
        if (f == null) {
            Map<String, PyObject> merged = new HashMap<>();
            for (int i = mro.length - 1; i >= 0; i--) {
                merged.putAll(mro[i].dict);
            }
            f = Map.copyOf(merged);
            flat = f;
        }
        return f;
    }

    /** Looks a name up along the MRO, or returns null. */
    public PyObject lookup(String key) {
        if (builtin) {
            return flat().get(key);
        }
        PyObject v = cache.get(key);
        if (v != null) {
            return v == Missing.INSTANCE ? null : v;
        }
        v = walk(key);
        cache.put(key, v == null ? Missing.INSTANCE : v);
        return v;
    }

    private PyObject walk(String key) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private int plainSetattr = -1;

    /** True when instances use object.__setattr__ (no __setattr__ defined by the program). */
    public boolean plainSetattr() {
        if (builtin) {
            return false;
        }
        if (plainSetattr < 0) {
            PyObject sa = lookup("__setattr__");
            plainSetattr = sa == null || sa instanceof PyBuiltinFunction ? 1 : 0;
        }
        return plainSetattr == 1;
    }

    /** Defines or replaces an attribute of the class itself. */
    public void setAttr(String key, PyObject value) {
        dict.put(key, value);
        invalidate();
    }

    public boolean deleteAttr(String key) {
        boolean had = dict.remove(key) != null;
        invalidate();
        return had;
    }

    /** Changes whenever this type or a base gains, loses or replaces an attribute (see {@link TypeSite}). */
    public int version() {
        return version;
    }

    private int version;

    private void invalidate() {
        cache.clear();
        version++;
        plainSetattr = -1;
        for (PyType s : subclasses) {
            s.invalidate();
        }
    }

    /** A copy of the namespace, for {@code __dict__}. */
    public PyDict dictSnapshot() {
        PyDict d = new PyDict();
        for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            d.putStr(e.getKey(), e.getValue());
        }
        return d;
    }

    @Override
    public String toString() {
        return "<class '" + (module.equals("builtins") ? "" : module + ".") + qualname + "'>";
    }

    /** Marker for a cached miss. */
    private static final class Missing extends PyObject {
        static final Missing INSTANCE = new Missing();

        @Override
        public PyType type() {
            return Builtins.OBJECT;
        }
    }
}
