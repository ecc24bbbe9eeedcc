package dev.interleave.vm;

import java.util.Arrays;

/** list: a growable array. An instance of a program-defined subclass of list also has its class and attributes. */
public final class PyList extends PyObject {

    PyObject[] items;
    int size;
    /** The program-defined subclass this is an instance of, or null for a plain list. */
    final PyType subtype;
    private final PyDict attrs;

    public PyList() {
        items = new PyObject[4];
        subtype = null;
        attrs = null;
    }

    /** An empty instance of a program-defined subclass of list. */
    PyList(PyType subtype) {
        items = new PyObject[4];
        this.subtype = subtype;
        attrs = new PyDict();
    }

    public PyList(int capacity) {
        items = new PyObject[Math.max(capacity, 4)];
        subtype = null;
        attrs = null;
    }

    /** Takes ownership of {@code items}. */
    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
        subtype = null;
        attrs = null;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    @Override
    public PyType type() {
        return subtype == null ? Builtins.LIST : subtype;
    }

    @Override
    public PyDict dict() {
        return attrs;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2 + 4);
        }
        items[size++] = v;
    }

    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    public void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    /** A copy of the live items. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content (takes ownership). */
    public void setAll(PyObject[] newItems, int newSize) {
        items = newItems.length == 0 ? new PyObject[4] : newItems;
        size = newSize;
    }

    public PyObject[] rawItems() {
        return items;
    }
}
