package dev.interleave.vm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The time module on the run's virtual clock: time() is a fixed epoch (2026-01-01 00:00 UTC)
 * plus the virtual time elapsed, the monotonic clocks start at zero, sleep() moves the
 * virtual clock on, and local time is UTC. Dates are struct_time objects.
 */
final class TimeModule implements NativeModule {

    /** Unix time of the run's start: 2026-01-01 00:00:00 UTC. */
    static final long EPOCH_SECONDS = 1_767_225_600L;

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
        "tm_wday", "tm_yday", "tm_isdst"};

    /** time.struct_time: nine ints, indexable like a tuple, with tm_* attributes. */
    static final class StructTime extends PyObject {
        final long[] f;
        final String zone;

        StructTime(long[] fields, String zone) {
            this.f = fields;
            this.zone = zone;
        }

        @Override
        public PyType type() {
            return STRUCT_TIME;
        }

        PyTuple asTuple() {
            PyObject[] items = new PyObject[9];
            for (int i = 0; i < 9; i++) {
                items[i] = PyInt.of(f[i]);
            }
            return new PyTuple(items);
        }
    }

    static final PyType STRUCT_TIME = new PyType("struct_time", Builtins.OBJECT, true).finalType();
    private static final List<PyBuiltinFunction> FUNCTIONS = List.copyOf(build());

    static {
        STRUCT_TIME.setModule("time");
        for (int i = 0; i < FIELDS.length; i++) {
            int idx = i;
            Methods.getter(STRUCT_TIME, FIELDS[i], (in, o) -> PyInt.of(((StructTime) o).f[idx]));
        }
        Methods.getter(STRUCT_TIME, "tm_zone", (in, o) -> PyStr.of("UTC"));
        Methods.getter(STRUCT_TIME, "tm_gmtoff", (in, o) -> PyInt.of(0));
        Methods.def(STRUCT_TIME, "__len__", (in, a, k) -> PyInt.of(9));
        Methods.def(STRUCT_TIME, "__getitem__", (in, a, k) -> Ops.getItem(in, ((StructTime) a[0]).asTuple(),
                ClinicArgs.one("struct_time.__getitem__", a, k, 1)));
        Methods.def(STRUCT_TIME, "__iter__", (in, a, k) -> Ops.iter(in, ((StructTime) a[0]).asTuple()));
        Methods.def(STRUCT_TIME, "__eq__", (in, a, k) -> {
            PyObject other = ClinicArgs.one("struct_time.__eq__", a, k, 1);
            PyObject mine = ((StructTime) a[0]).asTuple();
            PyObject theirs = other instanceof StructTime st ? st.asTuple() : other;
            return theirs instanceof PyTuple ? PyBool.of(Compare.eq(in, mine, theirs)) : PyNone.NOT_IMPLEMENTED;
        });
        Methods.def(STRUCT_TIME, "__hash__", (in, a, k) -> PyInt.of(Ops.pyHash(in, ((StructTime) a[0]).asTuple())));
        Methods.def(STRUCT_TIME, "__repr__", (in, a, k) -> {
            StructTime t = (StructTime) a[0];
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(t.f[i]);
            }
            return PyStr.of(sb.append(')').toString());
        });
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("time");
        for (PyBuiltinFunction f : FUNCTIONS) {
            m.put(f.name, f);
        }
        m.put("struct_time", STRUCT_TIME);
        m.put("timezone", PyInt.of(0));
        m.put("altzone", PyInt.of(0));
        m.put("daylight", PyInt.of(0));
        m.put("tzname", PyTuple.of(PyStr.of("UTC"), PyStr.of("UTC")));
        return m;
    }

    /** _PyTime_AsSecondsDouble. */
    static double seconds(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return (double) (nanos / 1_000_000_000L);
        }
        return nanos / 1e9;
    }

    private static PyBuiltinFunction clock(String name, boolean wall, boolean ns) {
        return Methods.fn(name, (in, a, k) -> {
            ClinicArgs.none(name, a, k, 0);
            long nanos = in.virtualNanos() + (wall ? EPOCH_SECONDS * 1_000_000_000L : 0);
            return ns ? PyInt.of(nanos) : new PyFloat(seconds(nanos));
        });
    }

    private static List<PyBuiltinFunction> build() {
        List<PyBuiltinFunction> f = new ArrayList<>();
        f.add(clock("time", true, false));
        f.add(clock("time_ns", true, true));
        for (String name : new String[] {"monotonic", "perf_counter", "process_time", "thread_time"}) {
            f.add(clock(name, false, false));
            f.add(clock(name + "_ns", false, true));
        }
        f.add(Methods.fn("sleep", (in, a, k) -> {
            in.machine().sleep(sleepNanos(in, ClinicArgs.one("sleep", a, k, 0)));
            return PyNone.NONE;
        }));
        f.add(Methods.fn("gmtime", (in, a, k) -> structAt(secondsArg(in, a, k, "gmtime"), "GMT")));
        f.add(Methods.fn("localtime", (in, a, k) -> structAt(secondsArg(in, a, k, "localtime"), "UTC")));
        f.add(Methods.fn("ctime", (in, a, k) -> PyStr.of(asctime(structAt(secondsArg(in, a, k, "ctime"), "UTC").f))));
        f.add(Methods.fn("asctime", (in, a, k) -> {
            ClinicArgs.positional("asctime", a, k, 0, 0, 1);
            long[] t = a.length == 0 ? structAt(now(in), "UTC").f : fieldsOf(in, a[0], "asctime");
            return PyStr.of(asctime(t));
        }));
        f.add(Methods.fn("mktime", (in, a, k) -> {
            long[] t = fieldsOf(in, ClinicArgs.one("mktime", a, k, 0), "mktime");
            LocalDateTime d = LocalDateTime.of((int) t[0], 1, 1, 0, 0).plusMonths(t[1] - 1).plusDays(t[2] - 1)
                    .plusHours(t[3]).plusMinutes(t[4]).plusSeconds(t[5]);
            return new PyFloat(d.toEpochSecond(ZoneOffset.UTC));
        }));
        f.add(Methods.fn("strftime", (in, a, k) -> {
            ClinicArgs.positional("strftime", a, k, 0, 1, 2);
            if (!(a[0] instanceof PyStr fmt)) {
                throw PyErr.typeError("strftime() argument 1 must be str, not " + ClinicArgs.argType(a[0]));
            }
            StructTime t = a.length > 1 ? new StructTime(fieldsOf(in, a[1], "strftime"),
                    a[1] instanceof StructTime st ? st.zone : "UTC") : structAt(now(in), "UTC");
            return PyStr.of(strftime(fmt.value, t));
        }));
        return f;
    }

    private static long now(Interpreter in) {
        return EPOCH_SECONDS + Math.floorDiv(in.virtualNanos(), 1_000_000_000L);
    }

    /** The nanoseconds time.sleep(secs) waits (rounded up, as CPython's timeout rounding). */
    static long sleepNanos(Interpreter in, PyObject secs) {
        long nanos;
        if (secs instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double n = Math.ceil(d * 1e9);
            if (!(Math.abs(n) < 9.2e18)) {
                throw PyErr.overflow("timestamp too large to convert to C PyTime_t");
            }
            nanos = (long) n;
        } else {
            PyInt i = ClinicArgs.indexObject(in, secs);
            if (i.isBig() || Math.abs(i.value) > Long.MAX_VALUE / 1_000_000_000L) {
                throw PyErr.overflow("timestamp too large to convert to C PyTime_t");
            }
            nanos = i.value * 1_000_000_000L;
        }
        if (nanos < 0) {
            throw PyErr.valueError("sleep length must be non-negative");
        }
        return nanos;
    }

    /** The optional seconds argument of gmtime/localtime/ctime (None: now), floored. */
    private static long secondsArg(Interpreter in, PyObject[] a, String[] k, String name) {
        ClinicArgs.positional(name, a, k, 0, 0, 1);
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return now(in);
        }
        if (a[0] instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double d = Math.floor(f.value);
            if (!(Math.abs(d) < 1e17)) {
                throw PyErr.overflow("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt i = ClinicArgs.indexObject(in, a[0]);
        if (i.isBig()) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        return i.value;
    }

    static StructTime structAt(long epochSeconds, String zone) {
        LocalDateTime d;
        try {
            d = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            throw PyErr.overflow("timestamp out of range for platform time_t");
        }
        long[] f = {d.getYear(), d.getMonthValue(), d.getDayOfMonth(), d.getHour(), d.getMinute(), d.getSecond(),
            d.getDayOfWeek().getValue() - 1, d.getDayOfYear(), 0};
        return new StructTime(f, zone);
    }

    private static long[] fieldsOf(Interpreter in, PyObject o, String fname) {
        if (o instanceof StructTime st) {
            return st.f;
        }
        if (!(o instanceof PyTuple t)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw PyErr.typeError("time.struct_time() takes a 9-sequence (" + t.size() + "-sequence given)");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = ClinicArgs.ssize(in, t.get(i));
        }
        return f;
    }

    static String asctime(long[] t) {
        StringBuilder sb = new StringBuilder(24);
        sb.append(DAYS[(int) Math.floorMod(t[6], 7)], 0, 3).append(' ');
        sb.append(MONTHS[(int) Math.floorMod(t[1] - 1, 12)], 0, 3).append(' ');
        if (t[2] < 10) {
            sb.append(' ');
        }
        sb.append(t[2]).append(' ');
        two(sb, t[3]).append(':');
        two(sb, t[4]).append(':');
        two(sb, t[5]).append(' ').append(t[0]);
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, long v) {
        if (v < 10 && v >= 0) {
            sb.append('0');
        }
        return sb.append(v);
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width, char fill) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append(fill);
        }
        return sb.append(s);
    }

    /** strftime with the C library's directives, for a UTC struct_time. */
    static String strftime(String fmt, StructTime st) {
        long[] t = st.f;
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            int wday = (int) Math.floorMod(t[6], 7);
            int month = (int) Math.floorMod(t[1] - 1, 12);
            long hour12 = t[3] % 12 == 0 ? 12 : t[3] % 12;
            int sundayWday = (wday + 1) % 7;
            switch (d) {
                case 'a' -> sb.append(DAYS[wday], 0, 3);
                case 'A' -> sb.append(DAYS[wday]);
                case 'b', 'h' -> sb.append(MONTHS[month], 0, 3);
                case 'B' -> sb.append(MONTHS[month]);
                case 'c' -> sb.append(asctime(t));
                case 'd' -> pad(sb, t[2], 2, '0');
                case 'e' -> pad(sb, t[2], 2, ' ');
                case 'D' -> sb.append(strftime("%m/%d/%y", st));
                case 'F' -> sb.append(strftime("%Y-%m-%d", st));
                case 'H' -> pad(sb, t[3], 2, '0');
                case 'I' -> pad(sb, hour12, 2, '0');
                case 'j' -> pad(sb, t[7], 3, '0');
                case 'm' -> pad(sb, t[1], 2, '0');
                case 'M' -> pad(sb, t[4], 2, '0');
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'p' -> sb.append(t[3] < 12 ? "AM" : "PM");
                case 'R' -> sb.append(strftime("%H:%M", st));
                case 'S' -> pad(sb, t[5], 2, '0');
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", st));
                case 'u' -> sb.append(wday + 1);
                case 'w' -> sb.append(sundayWday);
                case 'U' -> pad(sb, (t[7] - 1 + 7 - sundayWday) / 7, 2, '0');
                case 'W' -> pad(sb, (t[7] - 1 + 7 - wday) / 7, 2, '0');
                case 'x' -> sb.append(strftime("%m/%d/%y", st));
                case 'y' -> pad(sb, Math.floorMod(t[0], 100), 2, '0');
                case 'Y' -> sb.append(t[0]);
                case 'Z' -> sb.append(st.zone);
                case 'z' -> sb.append("+0000");
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}
