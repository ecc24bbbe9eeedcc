package dev.interleave.lang;

import static dev.interleave.vm.Opcode.*;

import dev.interleave.lang.CodeBuilder.Label;
import dev.interleave.vm.PyCode;
import java.util.List;

/**
 * List, set and dict comprehensions and generator expressions: each is a nested function of
 * one argument, the first iterator, called at once. CPython 3.12+ inlines the first three, so
 * their frames are hidden from tracebacks.
 */
final class Comprehensions {

    private final Compiler c;

    Comprehensions(Compiler c) {
        this.c = c;
    }

    void compile(Expr node, String name, List<Node.Comprehension> gens, Expr elt, Expr value) {
        for (Node.Comprehension g : gens) {
            if (g.isAsync()) {
                throw PySyntaxError.at("asynchronous comprehensions are not supported by Interleave",
                        node.pos().line(), node.pos().col() + 1);
            }
        }
        Scope sc = c.symtable.scopeOf(node);
        String qual = c.childQualname(name, sc);
        Unit saved = c.u;
        c.u = new Unit(sc, qual);
        CodeBuilder b = c.u.b;
        b.pos = node.pos();
        boolean gen = name.equals("<genexpr>");
        if (!gen) {
            b.emit(name.equals("<listcomp>") ? BUILD_LIST : name.equals("<setcomp>") ? BUILD_SET : BUILD_MAP, 0);
        }
        loop(node, gens, 0, elt, value, name);
        b.pos = node.pos();
        if (gen) {
            c.returnNone();
        } else {
            b.emit(RETURN_VALUE);
        }
        int flags = gen ? PyCode.GENERATOR : PyCode.HIDDEN;
        PyCode code = b.build(name, qual, c.source, c.u.cellvars.toArray(new String[0]),
                c.u.freevars.toArray(new String[0]), 1, 0, 0, flags, node.pos().line());
        c.u = saved;
        CodeBuilder ob = c.u.b;
        ob.pos = node.pos();
        c.makeFunction(code, sc, null);
        ob.emit(PUSH_NULL);
        c.ex.expr(gens.get(0).iter());
        ob.pos = node.pos();
        ob.emit(GET_ITER);
        ob.emit(CALL, 1);
    }

    private void loop(Expr node, List<Node.Comprehension> gens, int i, Expr elt, Expr value, String name) {
        CodeBuilder b = c.u.b;
        Node.Comprehension g = gens.get(i);
        if (i == 0) {
            b.emit(LOAD_FAST, b.varname(".0"));
        } else {
            c.ex.expr(g.iter());
            b.pos = node.pos();
            b.emit(GET_ITER);
        }
        Label top = new Label();
        Label end = new Label();
        b.bind(top);
        b.pos = node.pos();
        b.jump(FOR_ITER, end);
        c.ex.assign(g.target());
        for (Expr cond : g.ifs()) {
            c.ex.expr(cond);
            b.jump(POP_JUMP_IF_FALSE, top);
        }
        if (i + 1 < gens.size()) {
            loop(node, gens, i + 1, elt, value, name);
        } else {
            int depth = gens.size() + 1;
            c.ex.expr(elt);
            if (value != null) {
                c.ex.expr(value);
            }
            b.pos = node.pos();
            switch (name) {
                case "<listcomp>" -> b.emit(LIST_APPEND, depth);
                case "<setcomp>" -> b.emit(SET_ADD, depth);
                case "<dictcomp>" -> b.emit(MAP_ADD, depth);
                default -> {
                    b.emit(YIELD_VALUE);
                    b.emit(POP_TOP);
                }
            }
        }
        b.jump(JUMP, top);
        b.bind(end);
    }
}
