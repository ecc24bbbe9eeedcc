package dev.interleave.web.ws;

import dev.interleave.machine.TraceEntity;
import dev.interleave.machine.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Collects one batch of a run's stream (new entities, events, decisions) and seals it into data
 * messages: an {@code entities} message when there are new entities, then an {@code events}
 * message in the columnar form {@link ServerMessage.Events} describes. Each batch has its own
 * table of forms (kind plus detail names), so it decodes without the ones before it. Not thread
 * safe: {@link StreamBuffer} guards it.
 */
final class EventColumns {

    private final int capacity;
    private long[] t;
    private int[] form;
    private int[] actor;
    private int[] obj;
    private int[] line;
    private int count;
    private long firstSeq = -1;
    private ArrayList<Object> values = new ArrayList<>();
    private ArrayList<List<String>> forms = new ArrayList<>();
    /** The detail names of each form as the engine gives them (before any "detail." prefix). */
    private final ArrayList<String[]> rawNames = new ArrayList<>();
    private final HashMap<String, Integer> lastFormOfKind = new HashMap<>();
    private ArrayList<Map<String, Object>> entities = new ArrayList<>();
    private ArrayList<ServerMessage.DecisionEntry> decisions = new ArrayList<>();

    EventColumns(int capacity) {
        this.capacity = capacity;
        allocate();
    }

    private void allocate() {
        t = new long[capacity];
        form = new int[capacity];
        actor = new int[capacity];
        obj = new int[capacity];
        line = new int[capacity];
    }

    /** Entities and events collected (what fills a batch). */
    int size() {
        return count + entities.size();
    }

    boolean isEmpty() {
        return count == 0 && entities.isEmpty() && decisions.isEmpty();
    }

    boolean isFull() {
        return size() >= capacity;
    }

    void event(TraceEvent e) {
        if (count == t.length) {
            // a forced batch may run past the capacity while the run waits for room
            int n = t.length * 2;
            t = Arrays.copyOf(t, n);
            form = Arrays.copyOf(form, n);
            actor = Arrays.copyOf(actor, n);
            obj = Arrays.copyOf(obj, n);
            line = Arrays.copyOf(line, n);
        }
        if (count == 0) {
            firstSeq = e.seq();
        }
        Object[] d = e.details();
        t[count] = e.time();
        form[count] = formOf(e.kind(), d);
        actor[count] = e.actor();
        obj[count] = e.object();
        line[count] = e.line();
        count++;
        for (int i = 1; i < d.length; i += 2) {
            values.add(DetailValues.plain(d[i]));
        }
    }

    void entity(TraceEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("name", e.name());
        m.put("line", e.line());
        m.put("process", e.process());
        Object[] f = e.facts();
        if (f != null) {
            for (int i = 0; i + 1 < f.length; i += 2) {
                m.put(DetailValues.key(String.valueOf(f[i]), DetailValues.ENTITY_KEYS, "fact."),
                        DetailValues.plain(f[i + 1]));
            }
        }
        entities.add(m);
    }

    void decision(ServerMessage.DecisionEntry d) {
        decisions.add(d);
    }

    /** Seals what was collected into data messages numbered by {@code batches}, and starts afresh. */
    List<ServerMessage> seal(long run, LongSupplier batches) {
        List<ServerMessage> out = new ArrayList<>(2);
        if (!entities.isEmpty()) {
            out.add(new ServerMessage.Entities(run, batches.getAsLong(), entities));
            entities = new ArrayList<>();
        }
        if (count > 0 || !decisions.isEmpty()) {
            long[] dt = new long[count];
            long t0 = count == 0 ? 0 : t[0];
            long prev = t0;
            for (int i = 0; i < count; i++) {
                dt[i] = t[i] - prev;
                prev = t[i];
            }
            out.add(new ServerMessage.Events(run, batches.getAsLong(), firstSeq < 0 ? 0 : firstSeq, count, t0, forms,
                    dt, Arrays.copyOf(form, count), Arrays.copyOf(actor, count), Arrays.copyOf(obj, count),
                    Arrays.copyOf(line, count), values, decisions.isEmpty() ? null : decisions));
            if (t.length > capacity) {
                allocate();
            }
            count = 0;
            firstSeq = -1;
            values = new ArrayList<>(Math.min(values.size() + 16, 4 * capacity));
            forms = new ArrayList<>();
            rawNames.clear();
            lastFormOfKind.clear();
            decisions = new ArrayList<>();
        }
        return out;
    }

    private int formOf(String kind, Object[] details) {
        Integer last = lastFormOfKind.get(kind);
        if (last != null && matches(rawNames.get(last), details)) {
            return last;
        }
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).get(0).equals(kind) && matches(rawNames.get(i), details)) {
                lastFormOfKind.put(kind, i);
                return i;
            }
        }
        int n = details.length / 2;
        String[] raw = new String[n];
        List<String> f = new ArrayList<>(n + 1);
        f.add(kind);
        for (int k = 0; k < n; k++) {
            raw[k] = String.valueOf(details[2 * k]);
            f.add(DetailValues.key(raw[k], DetailValues.EVENT_KEYS, "detail."));
        }
        forms.add(f);
        rawNames.add(raw);
        lastFormOfKind.put(kind, forms.size() - 1);
        return forms.size() - 1;
    }

    private static boolean matches(String[] raw, Object[] details) {
        if (raw.length != details.length / 2) {
            return false;
        }
        for (int k = 0; k < raw.length; k++) {
            Object name = details[2 * k];
            if (name != raw[k] && !raw[k].equals(name)) {
                return false;
            }
        }
        return true;
    }
}
