package dev.interleave.lang;

import static dev.interleave.vm.Opcode.*;

import dev.interleave.lang.CodeBuilder.Label;
import dev.interleave.vm.Arith;
import dev.interleave.vm.Compare;
import dev.interleave.vm.PyBool;
import dev.interleave.vm.PyCode;
import dev.interleave.vm.PyFloat;
import dev.interleave.vm.PyInt;
import dev.interleave.vm.PyNone;
import dev.interleave.vm.PyObject;
import dev.interleave.vm.PyStr;
import dev.interleave.vm.PyTuple;
import java.math.BigInteger;
import java.util.List;

/** Compiles expressions, assignment targets and calls. */
final class ExprCompiler {

    private final Compiler c;

    ExprCompiler(Compiler c) {
        this.c = c;
    }

    private CodeBuilder b() {
        return c.u.b;
    }

    void constant(Object v) {
        CodeBuilder b = b();
        PyObject o;
        Object key;
        switch (v) {
            case null -> {
                o = PyNone.NONE;
                key = PyNone.NONE;
            }
            case BigInteger i -> {
                o = PyInt.of(i);
                key = "i" + i;
            }
            case Double d -> {
                o = new PyFloat(d);
                key = "f" + Double.doubleToRawLongBits(d);
            }
            case String s -> {
                o = PyStr.of(s);
                key = "s" + s;
            }
            case Boolean bo -> {
                o = PyBool.of(bo);
                key = o;
            }
            case Expr.Ellipsis e -> {
                o = PyNone.ELLIPSIS;
                key = o;
            }
            case byte[] bs -> {
                o = dev.interleave.vm.PyBytes.of(bs);
                key = "b" + java.util.Arrays.toString(bs);
            }
            default -> throw new IllegalStateException("constant " + v);
        }
        b.emit(LOAD_CONST, b.constant(o, key));
    }

    void expr(Expr e) {
        CodeBuilder b = b();
        Pos saved = b.pos;
        b.pos = e.pos();
        switch (e) {
            case Expr.Name n -> c.u.load(n.id());
            case Expr.Constant k -> constant(k.value());
            case Expr.JoinedStr j -> joined(j);
            case Expr.FormattedValue f -> formatted(f);
            case Expr.BinOp o -> {
                expr(o.left());
                expr(o.right());
                b.pos = e.pos();
                b.emit(BINARY_OP, o.op().ordinal());
            }
            case Expr.UnaryOp o -> {
                expr(o.operand());
                b.pos = e.pos();
                b.emit(switch (o.op()) {
                    case INVERT -> UNARY_INVERT;
                    case NOT -> UNARY_NOT;
                    case UADD -> UNARY_POSITIVE;
                    case USUB -> UNARY_NEGATIVE;
                });
            }
            case Expr.BoolOp o -> {
                Label end = new Label();
                List<Expr> vs = o.values();
                for (int i = 0; i < vs.size(); i++) {
                    expr(vs.get(i));
                    if (i < vs.size() - 1) {
                        b.pos = e.pos();
                        b.jump(o.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
                    }
                }
                b.bind(end);
            }
            case Expr.Compare cmp -> compare(cmp);
            case Expr.Call call -> call(call);
            case Expr.Attribute a -> {
                expr(a.value());
                b.pos = e.pos();
                b.emit(LOAD_ATTR, b.name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                b.pos = e.pos();
                b.emit(BINARY_SUBSCR);
            }
            case Expr.Slice s -> {
                optional(s.lower());
                optional(s.upper());
                if (s.step() != null) {
                    expr(s.step());
                }
                b.pos = e.pos();
                b.emit(BUILD_SLICE, s.step() != null ? 3 : 2);
            }
            case Expr.Starred s -> throw PySyntaxError.at("can't use starred expression here", e.pos().line(),
                    e.pos().col() + 1);
            case Expr.ListExpr l -> sequence(l.elts(), BUILD_LIST, false);
            case Expr.TupleExpr t -> sequence(t.elts(), BUILD_TUPLE, true);
            case Expr.SetExpr s -> set(s.elts());
            case Expr.DictExpr d -> dict(d);
            case Expr.Lambda l -> {
                Scope sc = c.symtable.scopeOf(l);
                PyCode code = c.functionCode(sc, c.childQualname("<lambda>", sc), "<lambda>", l.args(), null,
                        l.body(), e.pos().line());
                b.pos = e.pos();
                c.makeFunction(code, sc, l.args());
            }
            case Expr.IfExp i -> {
                Label orelse = new Label();
                Label end = new Label();
                expr(i.test());
                b.jump(POP_JUMP_IF_FALSE, orelse);
                expr(i.body());
                b.jump(JUMP, end);
                b.bind(orelse);
                expr(i.orelse());
                b.bind(end);
            }
            case Expr.ListComp lc -> new Comprehensions(c).compile(e, "<listcomp>", lc.generators(), lc.elt(), null);
            case Expr.SetComp sc -> new Comprehensions(c).compile(e, "<setcomp>", sc.generators(), sc.elt(), null);
            case Expr.GeneratorExp g -> new Comprehensions(c).compile(e, "<genexpr>", g.generators(), g.elt(), null);
            case Expr.DictComp dc -> new Comprehensions(c).compile(e, "<dictcomp>", dc.generators(), dc.key(), dc.value());
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    constant(null);
                }
                b.pos = e.pos();
                b.emit(YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                b.pos = e.pos();
                b.emit(GET_YIELD_FROM_ITER);
                sendLoop();
            }
            case Expr.Await a -> {
                expr(a.value());
                b.pos = e.pos();
                await();
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                b.emit(COPY, 1);
                assign(n.target());
            }
        }
        b.pos = saved;
    }

    private void optional(Expr e) {
        if (e == null) {
            constant(null);
        } else {
            expr(e);
        }
    }

    /** [awaitable] -> [result]: GET_AWAITABLE then the send loop. */
    void await() {
        b().emit(GET_AWAITABLE);
        sendLoop();
    }

    /** As {@link #await()} when the operand already is an iterator to drive. */
    void awaitNoGet() {
        sendLoop();
    }

    private void sendLoop() {
        CodeBuilder b = b();
        Label loop = new Label();
        Label done = new Label();
        constant(null);
        b.bind(loop);
        b.jump(SEND, done);
        b.emit(YIELD_VALUE);
        b.jump(JUMP, loop);
        b.bind(done);
    }

    private void joined(Expr.JoinedStr j) {
        for (Expr part : j.values()) {
            expr(part);
        }
        if (j.values().size() != 1) {
            b().pos = j.pos();
            b().emit(BUILD_STRING, j.values().size());
        }
    }

    private void formatted(Expr.FormattedValue f) {
        expr(f.value());
        int conv = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            conv |= 4;
        }
        b().pos = f.pos();
        b().emit(FORMAT_VALUE, conv);
    }

    private void compare(Expr.Compare cmp) {
        CodeBuilder b = b();
        expr(cmp.left());
        int n = cmp.ops().size();
        if (n == 1) {
            expr(cmp.comparators().get(0));
            b.pos = cmp.pos();
            compareOp(cmp.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            expr(cmp.comparators().get(i));
            b.pos = cmp.pos();
            b.emit(SWAP, 2);
            b.emit(COPY, 2);
            compareOp(cmp.ops().get(i));
            b.jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(cmp.comparators().get(n - 1));
        b.pos = cmp.pos();
        compareOp(cmp.ops().get(n - 1));
        b.jump(JUMP, end);
        b.bind(cleanup);
        b.emit(SWAP, 2);
        b.emit(POP_TOP);
        b.bind(end);
    }

    private void compareOp(Operator.Cmp op) {
        CodeBuilder b = b();
        switch (op) {
            case EQ -> b.emit(COMPARE_OP, Compare.EQ);
            case NOT_EQ -> b.emit(COMPARE_OP, Compare.NE);
            case LT -> b.emit(COMPARE_OP, Compare.LT);
            case LT_E -> b.emit(COMPARE_OP, Compare.LE);
            case GT -> b.emit(COMPARE_OP, Compare.GT);
            case GT_E -> b.emit(COMPARE_OP, Compare.GE);
            case IS -> b.emit(IS_OP, 0);
            case IS_NOT -> b.emit(IS_OP, 1);
            case IN -> b.emit(CONTAINS_OP, 0);
            case NOT_IN -> b.emit(CONTAINS_OP, 1);
        }
    }

    private void call(Expr.Call call) {
        CodeBuilder b = b();
        if (call.func() instanceof Expr.Attribute a && !hasStarOrKw(call)) {
            expr(a.value());
            b.pos = a.pos();
            b.emit(LOAD_METHOD, b.name(a.attr()));
        } else {
            expr(call.func());
            b.emit(PUSH_NULL);
        }
        if (hasStarOrKw(call)) {
            callEx(call);
            return;
        }
        for (Expr arg : call.args()) {
            expr(arg);
        }
        b.pos = call.pos();
        finishCall(call.args().size(), call.keywords());
    }

    private static boolean hasStarOrKw(Expr.Call call) {
        for (Expr a : call.args()) {
            if (a instanceof Expr.Starred) {
                return true;
            }
        }
        for (Node.Keyword k : call.keywords()) {
            if (k.name() == null) {
                return true;
            }
        }
        return false;
    }

    /** With the callable, NULL and npos positional values pushed: keywords, then CALL or CALL_KW. */
    void finishCall(int npos, List<Node.Keyword> keywords) {
        CodeBuilder b = b();
        Pos at = b.pos;
        if (keywords.isEmpty()) {
            b.emit(CALL, npos);
            return;
        }
        PyObject[] names = new PyObject[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            expr(keywords.get(i).value());
            names[i] = PyStr.of(keywords.get(i).name());
        }
        b.pos = at;
        b.emit(LOAD_CONST, b.uniqueConstant(PyTuple.of(names)));
        b.emit(CALL_KW, npos + names.length);
    }

    /** f(*a, **k): builds the positional tuple and the keyword dict, then CALL_FUNCTION_EX. */
    private void callEx(Expr.Call call) {
        CodeBuilder b = b();
        Pos at = call.pos();
        b.pos = at;
        b.emit(BUILD_LIST, 0);
        for (Expr arg : call.args()) {
            if (arg instanceof Expr.Starred s) {
                expr(s.value());
                b.pos = at;
                b.emit(LIST_EXTEND, 1);
            } else {
                expr(arg);
                b.pos = at;
                b.emit(LIST_APPEND, 1);
            }
        }
        b.pos = at;
        b.emit(LIST_TO_TUPLE);
        if (call.keywords().isEmpty()) {
            b.emit(CALL_FUNCTION_EX, 0);
            return;
        }
        b.emit(BUILD_MAP, 0);
        for (Node.Keyword k : call.keywords()) {
            if (k.name() == null) {
                expr(k.value());
                b.pos = at;
                b.emit(DICT_MERGE, 1);
            } else {
                constant(k.name());
                expr(k.value());
                b.pos = at;
                b.emit(MAP_ADD, 1);
            }
        }
        b.pos = at;
        b.emit(CALL_FUNCTION_EX, 1);
    }

    private void sequence(List<Expr> elts, int buildOp, boolean tuple) {
        CodeBuilder b = b();
        Pos at = b.pos;
        boolean starred = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!starred) {
            for (Expr x : elts) {
                expr(x);
            }
            b.pos = at;
            b.emit(buildOp, elts.size());
            return;
        }
        b.emit(BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                b.pos = at;
                b.emit(LIST_EXTEND, 1);
            } else {
                expr(x);
                b.pos = at;
                b.emit(LIST_APPEND, 1);
            }
        }
        if (tuple) {
            b.emit(LIST_TO_TUPLE);
        }
    }

    private void set(List<Expr> elts) {
        CodeBuilder b = b();
        Pos at = b.pos;
        b.emit(BUILD_SET, 0);
        dev.interleave.vm.PySet constants = constantSet(elts);
        if (constants != null) {
            b.emit(LOAD_CONST, b.uniqueConstant(constants));
            b.emit(SET_UPDATE, 1);
            return;
        }
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                b.pos = at;
                b.emit(SET_UPDATE, 1);
            } else {
                expr(x);
                b.pos = at;
                b.emit(SET_ADD, 1);
            }
        }
    }

    /**
     * A display of three or more constants becomes a frozenset constant copied into a new set,
     * as CPython compiles it; the set's order then follows CPython's (the frozenset is built,
     * then rebuilt from its own order as CPython's code object stores it).
     */
    private static dev.interleave.vm.PySet constantSet(List<Expr> elts) {
        if (elts.size() < 3) {
            return null;
        }
        dev.interleave.vm.PySet first = new dev.interleave.vm.PySet(true);
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant k) || !(k.value() instanceof BigInteger || k.value() instanceof Double
                    || k.value() instanceof String || k.value() instanceof Boolean || k.value() == null)) {
                return null;
            }
            first.add(null, constantValue(k.value()));
        }
        dev.interleave.vm.PySet rebuilt = new dev.interleave.vm.PySet(true);
        for (PyObject o : first.toArray()) {
            rebuilt.add(null, o);
        }
        return rebuilt;
    }

    private static PyObject constantValue(Object v) {
        return switch (v) {
            case null -> PyNone.NONE;
            case BigInteger i -> PyInt.of(i);
            case Double d -> new PyFloat(d);
            case String s -> PyStr.of(s);
            case Boolean bo -> PyBool.of(bo);
            default -> throw new IllegalArgumentException("not a constant: " + v);
        };
    }

    private void dict(Expr.DictExpr d) {
        CodeBuilder b = b();
        Pos at = b.pos;
        b.emit(BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                expr(d.values().get(i));
                b.pos = at;
                b.emit(DICT_UPDATE, 1);
            } else {
                expr(k);
                expr(d.values().get(i));
                b.pos = at;
                b.emit(MAP_ADD, 1);
            }
        }
    }

    // ---- targets ----

    /** Stores the value on top of the stack into a target. */
    void assign(Expr t) {
        CodeBuilder b = b();
        Pos saved = b.pos;
        b.pos = t.pos();
        switch (t) {
            case Expr.Name n -> c.u.store(n.id());
            case Expr.Attribute a -> {
                expr(a.value());
                b.pos = t.pos();
                b.emit(STORE_ATTR, b.name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                b.pos = t.pos();
                b.emit(STORE_SUBSCR);
            }
            case Expr.TupleExpr tu -> unpack(tu.elts(), t.pos());
            case Expr.ListExpr l -> unpack(l.elts(), t.pos());
            case Expr.Starred s -> assign(s.value());
            default -> throw PySyntaxError.at("cannot assign to expression", t.pos().line(), t.pos().col() + 1);
        }
        b.pos = saved;
    }

    private void unpack(List<Expr> elts, Pos at) {
        CodeBuilder b = b();
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        b.pos = at;
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            b.emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr x : elts) {
            assign(x);
        }
    }

    void augAssign(Stmt.AugAssign a) {
        CodeBuilder b = b();
        int op = a.op().ordinal() | Arith.INPLACE;
        switch (a.target()) {
            case Expr.Name n -> {
                b.pos = n.pos();
                c.u.load(n.id());
                expr(a.value());
                b.pos = a.pos();
                b.emit(BINARY_OP, op);
                c.u.store(n.id());
            }
            case Expr.Attribute at -> {
                expr(at.value());
                b.emit(COPY, 1);
                b.pos = at.pos();
                b.emit(LOAD_ATTR, b.name(at.attr()));
                expr(a.value());
                b.pos = a.pos();
                b.emit(BINARY_OP, op);
                b.emit(SWAP, 2);
                b.pos = at.pos();
                b.emit(STORE_ATTR, b.name(at.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                b.emit(COPY, 2);
                b.emit(COPY, 2);
                b.pos = s.pos();
                b.emit(BINARY_SUBSCR);
                expr(a.value());
                b.pos = a.pos();
                b.emit(BINARY_OP, op);
                b.emit(SWAP, 3);
                b.emit(SWAP, 2);
                b.pos = s.pos();
                b.emit(STORE_SUBSCR);
            }
            default -> throw PySyntaxError.at("illegal expression for augmented assignment", a.pos().line(),
                    a.pos().col() + 1);
        }
    }

    void delete(Expr t) {
        CodeBuilder b = b();
        b.pos = t.pos();
        switch (t) {
            case Expr.Name n -> c.u.delete(n.id());
            case Expr.Attribute a -> {
                expr(a.value());
                b.pos = t.pos();
                b.emit(DELETE_ATTR, b.name(a.attr()));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                b.pos = t.pos();
                b.emit(DELETE_SUBSCR);
            }
            case Expr.TupleExpr tu -> tu.elts().forEach(this::delete);
            case Expr.ListExpr l -> l.elts().forEach(this::delete);
            default -> throw PySyntaxError.at("cannot delete expression", t.pos().line(), t.pos().col() + 1);
        }
    }
}
