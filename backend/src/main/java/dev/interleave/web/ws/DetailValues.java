package dev.interleave.web.ws;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes an event detail or entity fact plain JSON data, by the rules the trace file writes it
 * with (machine/TraceJson): numbers, strings, booleans, null, lists and maps as they are; enums
 * as their label; NaN and the infinities as the strings "NaN", "Infinity", "-Infinity"; anything
 * else as its {@code toString()}.
 */
final class DetailValues {

    /** Keys an event line writes itself; a detail with one of these names is sent as "detail.NAME". */
    static final Set<String> EVENT_KEYS = Set.of("seq", "t", "kind", "actor", "obj", "line");
    /** Keys an entity writes itself; a fact with one of these names is sent as "fact.NAME". */
    static final Set<String> ENTITY_KEYS = Set.of("id", "kind", "name", "line", "process");

    private DetailValues() {}

    static Object plain(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Integer i -> i;
            case Long l -> l;
            case Boolean b -> b;
            case Short s -> s;
            case Byte b -> b;
            case BigInteger b -> b;
            case BigDecimal b -> b;
            case Double d -> number(d);
            case Float f -> number(f.doubleValue());
            case Character c -> String.valueOf(c);
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            case List<?> list -> list(list);
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
                yield out;
            }
            case int[] a -> a.clone();
            case long[] a -> a.clone();
            case boolean[] a -> a.clone();
            case double[] a -> {
                List<Object> out = new ArrayList<>(a.length);
                for (double d : a) {
                    out.add(number(d));
                }
                yield out;
            }
            case Object[] a -> list(java.util.Arrays.asList(a));
            case Iterable<?> it -> {
                List<Object> out = new ArrayList<>();
                it.forEach(x -> out.add(plain(x)));
                yield out;
            }
            default -> v.toString();
        };
    }

    /** A list of ids or reprs (the common case) as it is: the engine hands each event a fresh one. */
    private static List<?> list(List<?> list) {
        for (Object x : list) {
            if (!(x instanceof Integer || x instanceof String || x instanceof Long || x instanceof Boolean)) {
                List<Object> out = new ArrayList<>(list.size());
                for (Object y : list) {
                    out.add(plain(y));
                }
                return out;
            }
        }
        return list;
    }

    private static Object number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return d;
    }

    /** A detail or fact name as the trace file writes it. */
    static String key(String name, Set<String> reserved, String prefix) {
        return reserved.contains(name) ? prefix + name : name;
    }
}
