package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared memory (multiprocessing's Value and Array, sharedctypes): a C array of one typecode
 * that lives outside the processes, so a write by one process is what every other reads.
 * Values convert as ctypes converts them: integer types wrap to their width, 'f' rounds to
 * single precision. Every write is in the trace with the array's contents.
 */
final class SharedArrayObject extends SyncObject implements SharedAcrossProcesses {

    static final PyType TYPE = new PyType("SharedArray", Builtins.OBJECT, true);

    final char typecode;
    final PyObject[] values;

    SharedArrayObject(Interpreter in, char typecode, int size, String kind) {
        super(in, TYPE, kind, Naming.userAssignedName(in.currentThread(), kind),
                new Object[] {"typecode", String.valueOf(typecode), "size", size});
        this.typecode = typecode;
        this.values = new PyObject[size];
        PyObject zero = isFloat(typecode) ? new PyFloat(0.0) : typecode == 'u' ? PyStr.of("") : PyInt.of(0);
        java.util.Arrays.fill(values, zero);
    }

    @Override
    public String describe() {
        return "shared memory " + name;
    }

    static boolean isFloat(char t) {
        return t == 'd' || t == 'f';
    }

    /** ctypes's name for the typecode ('i' is c_int), or null when there is no such typecode. */
    static String ctype(char t) {
        return switch (t) {
            case 'b' -> "c_byte";
            case 'B' -> "c_ubyte";
            case 'h' -> "c_short";
            case 'H' -> "c_ushort";
            case 'i' -> "c_int";
            case 'I' -> "c_uint";
            case 'l' -> "c_long";
            case 'L' -> "c_ulong";
            case 'q' -> "c_longlong";
            case 'Q' -> "c_ulonglong";
            case 'f' -> "c_float";
            case 'd' -> "c_double";
            case 'u' -> "c_wchar";
            default -> null;
        };
    }

    /** {@code v} as the C type stores it, or ctypes's TypeError. */
    PyObject convert(Interpreter in, PyObject v) {
        if (typecode == 'u') {
            if (v instanceof PyStr s && s.value.codePointCount(0, s.value.length()) == 1) {
                return s;
            }
            throw PyErr.typeError("unicode string expected instead of " + v.type().name() + " instance");
        }
        if (isFloat(typecode)) {
            if (!(v instanceof PyFloat) && !(v instanceof PyInt)) {
                throw PyErr.typeError("must be real number, not " + v.type().name());
            }
            double d = ClinicArgs.real(in, v);
            return new PyFloat(typecode == 'f' ? (double) (float) d : d);
        }
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError(v instanceof PyFloat ? "'float' object cannot be interpreted as an integer"
                    : "int expected instead of " + v.type().name());
        }
        long x = i.isBig() ? i.big.longValue() : i.value;
        return PyInt.of(switch (typecode) {
            case 'b' -> (long) (byte) x;
            case 'B' -> x & 0xFF;
            case 'h' -> (long) (short) x;
            case 'H' -> x & 0xFFFF;
            case 'i' -> (long) (int) x;
            case 'I' -> x & 0xFFFFFFFFL;
            default -> x;
        });
    }

    PyObject get(int i) {
        return values[i];
    }

    void set(Interpreter in, int i, PyObject v) {
        values[i] = convert(in, v);
        List<String> reprs = new ArrayList<>();
        for (int j = 0; j < Math.min(values.length, QueueObject.TRACE_ITEMS); j++) {
            reprs.add(QueueObject.repr(in, values[j]));
        }
        machine.emit("shared.set", traceId, "index", i, "value", QueueObject.repr(in, values[i]), "values", reprs);
    }

    private static SharedArrayObject self(PyObject o) {
        return (SharedArrayObject) o;
    }

    private int index(Interpreter in, PyObject i) {
        long n = ClinicArgs.ssize(in, i);
        if (n < 0) {
            n += values.length;
        }
        if (n < 0 || n >= values.length) {
            throw PyErr.indexError("invalid index");
        }
        return (int) n;
    }

    static {
        TYPE.setModule("_multiprocessing");
        Methods.def(TYPE, "get", (in, a, k) -> {
            SharedArrayObject s = self(a[0]);
            return s.get(s.index(in, a[1]));
        });
        Methods.def(TYPE, "set", (in, a, k) -> {
            SharedArrayObject s = self(a[0]);
            s.set(in, s.index(in, a[1]), a[2]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "__getitem__", (in, a, k) -> {
            SharedArrayObject s = self(a[0]);
            return s.get(s.index(in, a[1]));
        });
        Methods.def(TYPE, "__setitem__", (in, a, k) -> {
            SharedArrayObject s = self(a[0]);
            s.set(in, s.index(in, a[1]), a[2]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "__len__", (in, a, k) -> PyInt.of(self(a[0]).values.length));
        Methods.def(TYPE, "convert", (in, a, k) -> self(a[0]).convert(in, a[1]));
    }
}
