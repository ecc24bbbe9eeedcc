package dev.interleave.machine;

import dev.interleave.engine.RunResult;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes a finished run in the Chrome Trace Event format (the JSON object form), which
 * ui.perfetto.dev and chrome://tracing open. See docs/trace.md.
 *
 * <ul>
 *   <li>Each simulated process is a trace process: its pid is the process's simulated OS pid (the
 *       entity's "pid" fact, what os.getpid() returns), never 0, which Perfetto reserves for the
 *       kernel's idle task. Each thread is a trace thread whose tid is its entity id.</li>
 *   <li>A thread's lane holds one complete ("X") span per state, from one {@code thread.state} event
 *       of that thread to its next: "running", "ready", "gil-wait", "blocked: lock_a",
 *       "sleeping".</li>
 *   <li>A "GIL" lane per process shows who holds the GIL, with a "GIL holder" counter beside it.</li>
 *   <li>A "cores" process has one lane per core showing which thread runs on it, and a counter per
 *       core ("core N", value the thread id or -1 when idle).</li>
 *   <li>Every other event (lock.acquire, lock.release, stdout, thread.timeout, deadlock.cycle...)
 *       is an instant on its thread's lane; the final "deadlock" is a global instant carrying the
 *       report.</li>
 * </ul>
 *
 * <p>Times are microseconds written exactly (nanoseconds / 1000, up to three decimals). Spans
 * still open when the trace ends close at the run's virtual end (a thread's last state is kept
 * even when that leaves it no length). Deterministic like
 * {@link TraceJson}: same run, same bytes.
 */
public final class ChromeTrace {

    private static final Set<String> INSTANT_KEYS = Set.of("seq", "obj", "objName", "line");
    private static final Set<String> NONE = Set.of();

    private ChromeTrace() {}

    public static void write(Appendable out, RunResult result) throws IOException {
        new Writer(out, result).write();
    }

    /** The export as one string (tests, small runs). */
    public static String toString(RunResult result) {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, result);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    private static final class Writer {

        private final Appendable out;
        private final RunResult result;
        private final List<TraceEntity> entities;
        private final List<TraceEvent> events;
        private final StringBuilder sb = new StringBuilder(256);
        private boolean first = true;

        /** Per entity: the trace pid (processes: their own; threads: their process's), else 0. */
        private final int[] pid;
        private final boolean[] isThread;
        private final int machinePid;
        private final int cores;
        /** Per process entity: whether it has a GIL lane. */
        private final boolean[] hasGil;

        // thread lanes: the open state span of each thread
        private final String[] spanName;
        private final long[] spanStart;
        private final Object[][] spanArgs;
        // core lanes
        private final int[] threadCore;
        private final int[] coreOwner;
        private final long[] coreSince;
        // GIL lanes, per process entity
        private final int[] gilHolder;
        private final long[] gilSince;

        Writer(Appendable out, RunResult result) {
            this.out = out;
            this.result = result;
            Trace trace = result.trace();
            this.entities = trace == null ? List.of() : trace.entities();
            this.events = trace == null ? List.of() : trace.events();
            if (trace != null && !trace.keeps() && trace.count() > 0) {
                throw new IllegalArgumentException("the run did not keep its events: run it with keepTrace set");
            }
            int n = entities.size();
            pid = new int[n];
            isThread = new boolean[n];
            int maxPid = 0;
            for (TraceEntity e : entities) {
                if (e.kind().equals("process")) {
                    pid[e.id()] = processPid(e);
                    maxPid = Math.max(maxPid, pid[e.id()]);
                }
            }
            machinePid = maxPid + 1;
            for (TraceEntity e : entities) {
                if (e.kind().equals("thread")) {
                    isThread[e.id()] = true;
                    pid[e.id()] = e.process() >= 0 && e.process() < n ? pid[e.process()] : machinePid;
                }
            }
            int c = result.summary() == null ? 0 : result.summary().coreBusyNanos().length;
            hasGil = new boolean[n];
            for (TraceEvent e : events) {
                if (e.kind().equals("thread.state") && "running".equals(e.detail("state"))
                        && e.detail("core") instanceof Number k) {
                    c = Math.max(c, k.intValue() + 1);
                } else if (e.kind().startsWith("gil.") && e.object() >= 0 && e.object() < n) {
                    hasGil[e.object()] = true;
                }
            }
            cores = c;
            spanName = new String[n];
            spanStart = new long[n];
            spanArgs = new Object[n][];
            threadCore = new int[n];
            Arrays.fill(threadCore, -1);
            coreOwner = new int[cores];
            Arrays.fill(coreOwner, -1);
            coreSince = new long[cores];
            gilHolder = new int[n];
            Arrays.fill(gilHolder, -1);
            gilSince = new long[n];
        }

        private static int processPid(TraceEntity e) {
            Object[] f = e.facts();
            for (int i = 0; f != null && i + 1 < f.length; i += 2) {
                if ("pid".equals(f[i]) && f[i + 1] instanceof Number p && p.longValue() > 0
                        && p.longValue() < Integer.MAX_VALUE / 2) {
                    return p.intValue();
                }
            }
            return e.id() + 1;
        }

        /** The lane of core {@code c} in the "cores" process; after every entity id. */
        private int coreTid(int c) {
            return entities.size() + c;
        }

        /** The GIL lane of process entity {@code p}; after the core lanes. */
        private int gilTid(int p) {
            return entities.size() + cores + p;
        }

        void write() throws IOException {
            out.append("{\"traceEvents\":[");
            metadata();
            for (TraceEvent e : events) {
                event(e);
            }
            long end = endTime();
            for (int t = 0; t < spanName.length; t++) {
                closeSpan(t, end, true);
            }
            for (int c = 0; c < cores; c++) {
                if (coreOwner[c] >= 0) {
                    span(machinePid, coreTid(c), name(coreOwner[c]), "core", coreSince[c], end, "thread",
                            coreOwner[c]);
                }
            }
            for (int p = 0; p < gilHolder.length; p++) {
                if (gilHolder[p] >= 0) {
                    span(pid[p], gilTid(p), name(gilHolder[p]), "gil", gilSince[p], end, "thread", gilHolder[p]);
                }
            }
            out.append(first ? "],\"displayTimeUnit\":\"ns\"}\n" : "\n],\"displayTimeUnit\":\"ns\"}\n");
        }

        private long endTime() {
            long end = result.trace() == null ? 0 : result.trace().lastTime();
            if (result.summary() != null) {
                end = Math.max(end, result.summary().virtualNanos());
            }
            return end;
        }

        // ---- metadata ----

        private void metadata() throws IOException {
            for (TraceEntity e : entities) {
                if (e.kind().equals("process")) {
                    int p = pid[e.id()];
                    meta("process_name", p, p, "name", e.name());
                    meta("process_sort_index", p, p, "sort_index", e.id());
                    if (hasGil[e.id()]) {
                        meta("thread_name", p, gilTid(e.id()), "name", "GIL");
                        meta("thread_sort_index", p, gilTid(e.id()), "sort_index", -1);
                    }
                } else if (e.kind().equals("thread")) {
                    meta("thread_name", pid[e.id()], e.id(), "name", e.name());
                    meta("thread_sort_index", pid[e.id()], e.id(), "sort_index", e.id());
                }
            }
            if (cores > 0) {
                meta("process_name", machinePid, coreTid(0), "name", "cores");
                meta("process_sort_index", machinePid, coreTid(0), "sort_index", -1);
                for (int c = 0; c < cores; c++) {
                    meta("thread_name", machinePid, coreTid(c), "name", "core " + c);
                    meta("thread_sort_index", machinePid, coreTid(c), "sort_index", c);
                }
            }
        }

        private void meta(String name, int p, int t, String key, Object value) throws IOException {
            begin("M", name, null, p, t);
            sb.append(",\"args\":{");
            TraceJson.string(sb, key);
            sb.append(':');
            TraceJson.value(sb, value);
            sb.append("}}");
            flush();
        }

        // ---- events ----

        private void event(TraceEvent e) throws IOException {
            switch (e.kind()) {
                case "thread.state" -> state(e);
                case "gil.take" -> gilTake(e);
                case "gil.release" -> gilRelease(e);
                case "gil.request" -> {
                    // the thread's gil-wait span shows it
                }
                default -> instant(e);
            }
        }

        private void state(TraceEvent e) throws IOException {
            int t = e.object() >= 0 ? e.object() : e.actor();
            if (t < 0 || t >= isThread.length || !isThread[t]) {
                instant(e);
                return;
            }
            long now = e.time();
            closeSpan(t, now, false);
            int c = threadCore[t];
            if (c >= 0) {
                threadCore[t] = -1;
                if (coreOwner[c] == t) {
                    span(machinePid, coreTid(c), name(t), "core", coreSince[c], now, "thread", t);
                    coreOwner[c] = -1;
                    counter(machinePid, coreTid(c), "core " + c, now, -1);
                }
            }
            Object s = e.detail("state");
            String state = s == null ? "unknown" : s.toString();
            if (state.equals("running") && e.detail("core") instanceof Number k && k.intValue() >= 0
                    && k.intValue() < cores) {
                int nc = k.intValue();
                int prev = coreOwner[nc];
                if (prev >= 0 && prev != t) {
                    // the previous owner left the core before its own state event says so
                    span(machinePid, coreTid(nc), name(prev), "core", coreSince[nc], now, "thread", prev);
                    threadCore[prev] = -1;
                }
                coreOwner[nc] = t;
                coreSince[nc] = now;
                threadCore[t] = nc;
                counter(machinePid, coreTid(nc), "core " + nc, now, t);
            }
            if (state.equals("done") || state.equals("cut-off")) {
                return;
            }
            String name = state;
            if (state.equals("blocked")) {
                Object on = e.detail("on");
                name = on instanceof Number id && id.intValue() >= 0 && id.intValue() < entities.size()
                        ? "blocked: " + entities.get(id.intValue()).name()
                        : "blocked";
            }
            spanName[t] = name;
            spanStart[t] = now;
            spanArgs[t] = withoutState(e.details());
        }

        private static Object[] withoutState(Object[] d) {
            int n = 0;
            for (int i = 0; i + 1 < d.length; i += 2) {
                if (!"state".equals(d[i])) {
                    n += 2;
                }
            }
            Object[] r = new Object[n];
            int j = 0;
            for (int i = 0; i + 1 < d.length; i += 2) {
                if (!"state".equals(d[i])) {
                    r[j++] = d[i];
                    r[j++] = d[i + 1];
                }
            }
            return r;
        }

        /**
         * Ends thread {@code t}'s open state span at {@code end}. A span of no length is left out,
         * except the last one of a thread: the state it ended the run in (blocked in a deadlock, say).
         */
        private void closeSpan(int t, long end, boolean last) throws IOException {
            if (spanName[t] == null) {
                return;
            }
            if (end > spanStart[t] || last) {
                begin("X", spanName[t], "state", pid[t], t);
                sb.append(",\"ts\":");
                micros(sb, spanStart[t]);
                sb.append(",\"dur\":");
                micros(sb, end - spanStart[t]);
                if (spanArgs[t].length > 0) {
                    sb.append(",\"args\":{");
                    args(spanArgs[t], NONE);
                    sb.append('}');
                }
                sb.append('}');
                flush();
            }
            spanName[t] = null;
            spanArgs[t] = null;
        }

        private void gilTake(TraceEvent e) throws IOException {
            int p = e.object();
            int t = e.actor();
            if (p < 0 || p >= gilHolder.length || t < 0) {
                instant(e);
                return;
            }
            if (gilHolder[p] == t) {
                return;
            }
            if (gilHolder[p] >= 0) {
                span(pid[p], gilTid(p), name(gilHolder[p]), "gil", gilSince[p], e.time(), "thread", gilHolder[p]);
            }
            gilHolder[p] = t;
            gilSince[p] = e.time();
            counter(pid[p], gilTid(p), "GIL holder", e.time(), t);
        }

        private void gilRelease(TraceEvent e) throws IOException {
            int p = e.object();
            if (p < 0 || p >= gilHolder.length) {
                instant(e);
                return;
            }
            if (gilHolder[p] < 0) {
                return;
            }
            span(pid[p], gilTid(p), name(gilHolder[p]), "gil", gilSince[p], e.time(), "thread", gilHolder[p]);
            gilHolder[p] = -1;
            counter(pid[p], gilTid(p), "GIL holder", e.time(), -1);
        }

        private void instant(TraceEvent e) throws IOException {
            int a = e.actor();
            boolean onThread = a >= 0 && a < isThread.length && isThread[a];
            int o = e.object();
            String objName = o >= 0 && o < entities.size() ? entities.get(o).name() : null;
            String name = objName != null && o != a ? e.kind() + " " + objName : e.kind();
            begin("i", name, "event", onThread ? pid[a] : machinePid, onThread ? a : coreTid(0));
            sb.append(",\"ts\":");
            micros(sb, e.time());
            sb.append(",\"s\":").append(onThread ? "\"t\"" : "\"g\"");
            sb.append(",\"args\":{\"seq\":").append(e.seq());
            if (o >= 0) {
                sb.append(",\"obj\":").append(o);
                if (objName != null) {
                    sb.append(",\"objName\":");
                    TraceJson.string(sb, objName);
                }
            }
            if (e.line() != 0) {
                sb.append(",\"line\":").append(e.line());
            }
            TraceJson.pairs(sb, e.details(), INSTANT_KEYS, "detail.");
            sb.append("}}");
            flush();
        }

        // ---- output ----

        private void span(int p, int t, String name, String cat, long start, long end, String key, int value)
                throws IOException {
            if (end <= start) {
                return;
            }
            begin("X", name, cat, p, t);
            sb.append(",\"ts\":");
            micros(sb, start);
            sb.append(",\"dur\":");
            micros(sb, end - start);
            sb.append(",\"args\":{");
            TraceJson.string(sb, key);
            sb.append(':').append(value).append("}}");
            flush();
        }

        private void counter(int p, int t, String name, long time, int value) throws IOException {
            begin("C", name, null, p, t);
            sb.append(",\"ts\":");
            micros(sb, time);
            sb.append(",\"args\":{\"thread\":").append(value).append("}}");
            flush();
        }

        private void begin(String ph, String name, String cat, int p, int t) {
            sb.setLength(0);
            sb.append(first ? "\n" : ",\n");
            first = false;
            sb.append("{\"ph\":\"").append(ph).append("\",\"name\":");
            TraceJson.string(sb, name);
            if (cat != null) {
                sb.append(",\"cat\":");
                TraceJson.string(sb, cat);
            }
            sb.append(",\"pid\":").append(p).append(",\"tid\":").append(t);
        }

        /** Writes alternating names and values as members (no leading comma before the first). */
        private void args(Object[] pairs, Set<String> reserved) {
            int mark = sb.length();
            TraceJson.pairs(sb, pairs, reserved, "detail.");
            if (sb.length() > mark && sb.charAt(mark) == ',') {
                sb.deleteCharAt(mark);
            }
        }

        private void flush() throws IOException {
            out.append(sb);
        }

        private String name(int id) {
            return id >= 0 && id < entities.size() ? entities.get(id).name() : "#" + id;
        }
    }

    /** Nanoseconds as microseconds, exactly: 1500 → 1.5, 2000 → 2.0, 7 → 0.007. */
    static void micros(StringBuilder sb, long ns) {
        if (ns < 0) {
            sb.append('-');
            ns = -ns;
        }
        sb.append(ns / 1000).append('.');
        int frac = (int) (ns % 1000);
        if (frac == 0) {
            sb.append('0');
            return;
        }
        sb.append((char) ('0' + frac / 100));
        frac %= 100;
        if (frac == 0) {
            return;
        }
        sb.append((char) ('0' + frac / 10));
        frac %= 10;
        if (frac != 0) {
            sb.append((char) ('0' + frac));
        }
    }
}
