package dev.interleave.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The "Did you mean" hints CPython's traceback module adds to NameError and AttributeError. */
final class Suggestions {
    private Suggestions() {}

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING = 40;

    static String hint(Interpreter in, PyBaseException exc) {
        PyObject nameObj = exc.dict().getStr("name");
        if (!(nameObj instanceof PyStr ns)) {
            return null;
        }
        String wrong = ns.value;
        List<String> candidates = new ArrayList<>();
        if (exc.isInstance(Builtins.ATTRIBUTE_ERROR)) {
            PyObject obj = exc.dict().getStr("obj");
            if (obj == null) {
                return null;
            }
            TreeSet<String> names = new TreeSet<>();
            PyDict d = obj instanceof PyType || obj.dict() == null ? null : obj.dict();
            if (d != null) {
                for (PyObject k : d.keysArray()) {
                    if (k instanceof PyStr s) {
                        names.add(s.value);
                    }
                }
            }
            PyType[] mro = obj instanceof PyType t ? t.mro() : obj.type().mro();
            for (PyType t : mro) {
                names.addAll(t.ownNames());
            }
            for (String n : names) {
                if (wrong.startsWith("_") || !n.startsWith("_")) {
                    candidates.add(n);
                }
            }
        } else if (exc.isInstance(Builtins.NAME_ERROR)) {
            if (exc.traceback.isEmpty()) {
                return null;
            }
            Frame f = exc.traceback.get(0).frame();
            if (f == null) {
                return null;
            }
            for (int i = 0; i < f.locals.length; i++) {
                if (f.locals[i] != null) {
                    candidates.add(f.code.varnames[i]);
                }
            }
            addKeys(candidates, f.localsDict);
            addKeys(candidates, f.globals);
            addKeys(candidates, f.builtins);
            PyObject self = f.code.varnames.length > 0 && f.code.varnames[0].equals("self") ? f.locals[0] : null;
            if (self != null && Attr.hasAttr(in, self, wrong)) {
                return ". Did you mean: 'self." + wrong + "'?";
            }
        } else {
            return null;
        }
        String best = closest(candidates, wrong);
        if (best != null) {
            return ". Did you mean: '" + best + "'?";
        }
        if (exc.isInstance(Builtins.NAME_ERROR) && STDLIB.contains(wrong)) {
            return ". Did you forget to import '" + wrong + "'?";
        }
        return null;
    }

    private static final java.util.Set<String> STDLIB = java.util.Set.of("sys", "math", "random", "time", "os",
            "threading", "queue", "multiprocessing", "asyncio", "signal", "subprocess", "collections", "itertools",
            "functools", "json", "re", "string", "heapq", "copy", "concurrent");

    private static void addKeys(List<String> out, PyDict d) {
        if (d == null) {
            return;
        }
        for (PyObject k : d.keysArray()) {
            if (k instanceof PyStr s) {
                out.add(s.value);
            }
        }
    }

    static String closest(List<String> candidates, String wrong) {
        if (candidates.size() > MAX_CANDIDATES || wrong.length() > MAX_STRING) {
            return null;
        }
        int best = wrong.length();
        String suggestion = null;
        for (String c : candidates) {
            if (c.equals(wrong)) {
                continue;
            }
            int max = (c.length() + wrong.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = distance(wrong, c, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = c;
                best = d;
            }
        }
        return suggestion;
    }

    private static int cost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length()
                && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) {
            post++;
        }
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) {
            return MOVE_COST * (a.length() + b.length());
        }
        if (a.length() > MAX_STRING || b.length() > MAX_STRING) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char bc = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = distance + cost(bc, a.charAt(i));
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
