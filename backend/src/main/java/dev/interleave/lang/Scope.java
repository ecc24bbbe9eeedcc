package dev.interleave.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scope of the symbol table: a module, class, function, lambda or comprehension. */
final class Scope {

    enum Kind { MODULE, CLASS, FUNCTION }

    /** How the compiler reaches a name from this scope. */
    enum Access { FAST, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    /** Parameters, in CPython's varnames order. */
    final List<String> params = new ArrayList<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Map<String, Access> resolved = new LinkedHashMap<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    boolean isGenerator;
    boolean isCoroutine;
    boolean usesSuperOrClass;
    boolean needsClassCell;
    boolean hasVarargs;
    boolean hasVarkw;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isLocal(String n) {
        return (assigned.contains(n) || params.contains(n)) && !globals.contains(n) && !nonlocals.contains(n);
    }

    Access access(String n) {
        Access a = resolved.get(n);
        if (a != null) {
            return a;
        }
        return kind == Kind.FUNCTION ? Access.GLOBAL_IMPLICIT : kind == Kind.CLASS ? Access.NAME : Access.GLOBAL_IMPLICIT;
    }
}
