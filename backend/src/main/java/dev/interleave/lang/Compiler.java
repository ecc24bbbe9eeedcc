package dev.interleave.lang;

import static dev.interleave.vm.Opcode.*;

import dev.interleave.lang.CodeBuilder.Label;
import dev.interleave.vm.PyCode;
import dev.interleave.vm.PyNone;
import dev.interleave.vm.PyStr;
import dev.interleave.vm.PyTuple;
import dev.interleave.vm.SourceFile;
import java.util.List;

/** Compiles a parsed module to code objects: statements here, expressions in {@link ExprCompiler}. */
public final class Compiler {

    final SourceFile source;
    final Symtable symtable;
    Unit u;
    final ExprCompiler ex;

    private Compiler(SourceFile source, Symtable symtable) {
        this.source = source;
        this.symtable = symtable;
        this.ex = new ExprCompiler(this);
    }

    /** Parses and compiles a whole file. Throws {@link PySyntaxError} for bad source. */
    public static PyCode compile(String text, String fileName) {
        return compile(text, fileName, true);
    }

    /**
     * As {@link #compile(String, String)}; without {@code sourceShown} tracebacks show no source
     * lines for the code, as for code CPython compiled from a string by exec.
     */
    public static PyCode compile(String text, String fileName, boolean sourceShown) {
        Node.Module m = Parser.parse(text, fileName);
        SourceFile src = new SourceFile(fileName, sourceShown ? text : "");
        try {
            Compiler c = new Compiler(src, Symtable.build(m));
            return c.module(m);
        } catch (StackOverflowError e) {
            throw PySyntaxError.at("too many nested expressions to compile", 1, 1);
        }
    }

    private PyCode module(Node.Module m) {
        u = new Unit(symtable.scopeOf(m), "<module>");
        List<Stmt> body = m.body();
        int start = docstring(body, "__doc__");
        for (int i = start; i < body.size(); i++) {
            stmt(body.get(i));
        }
        u.b.pos = Pos.NONE;
        returnNone();
        return u.b.build("<module>", "<module>", source, new String[0], new String[0], 0, 0, 0, 0, 1);
    }

    private int docstring(List<Stmt> body, String storeAs) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es
                && es.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            u.b.pos = es.pos();
            if (storeAs != null) {
                ex.constant(s);
                u.store(storeAs);
            }
            return 1;
        }
        return 0;
    }

    void returnNone() {
        u.b.emit(LOAD_CONST, u.b.constant(PyNone.NONE, PyNone.NONE));
        u.b.emit(RETURN_VALUE);
    }

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        u.b.pos = s.pos();
        switch (s) {
            case Stmt.ExprStmt e -> {
                ex.expr(e.value());
                u.b.pos = s.pos();
                u.b.emit(POP_TOP);
            }
            case Stmt.Assign a -> {
                ex.expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        u.b.emit(COPY, 1);
                    }
                    ex.assign(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> ex.augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    ex.expr(a.value());
                    ex.assign(a.target());
                }
            }
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> whileStmt(w);
            case Stmt.For f -> forStmt(f);
            case Stmt.Break b -> breakStmt();
            case Stmt.Continue c -> continueStmt();
            case Stmt.Pass p -> u.b.emit(NOP);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Try t -> new TryCompiler(this).tryStmt(t);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    ex.expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        ex.expr(r.cause());
                        n++;
                    }
                }
                u.b.pos = s.pos();
                u.b.emit(RAISE_VARARGS, n);
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Delete d -> d.targets().forEach(ex::delete);
            case Stmt.With w -> new TryCompiler(this).withStmt(w, 0);
            case Stmt.Import im -> importStmt(im);
            case Stmt.ImportFrom im -> importFrom(im);
        }
    }

    private void ifStmt(Stmt.If i) {
        Label orelse = new Label();
        Label end = new Label();
        ex.expr(i.test());
        u.b.jump(POP_JUMP_IF_FALSE, orelse);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            u.b.jump(JUMP, end);
        }
        u.b.bind(orelse);
        stmts(i.orelse());
        u.b.bind(end);
    }

    private void whileStmt(Stmt.While w) {
        Label top = new Label();
        Label orelse = new Label();
        Label end = new Label();
        u.b.bind(top);
        ex.expr(w.test());
        u.b.jump(POP_JUMP_IF_FALSE, orelse);
        u.pushBlock(Unit.Block.Kind.WHILE_LOOP, top, end, null, u.b.handlerCount());
        stmts(w.body());
        u.blocks.pop();
        u.b.pos = w.pos();
        u.b.jump(JUMP, top);
        u.b.bind(orelse);
        stmts(w.orelse());
        u.b.bind(end);
    }

    private void forStmt(Stmt.For f) {
        if (f.isAsync()) {
            new TryCompiler(this).asyncFor(f);
            return;
        }
        Label top = new Label();
        Label orelse = new Label();
        Label end = new Label();
        ex.expr(f.iter());
        u.b.pos = f.iter().pos();
        u.b.emit(GET_ITER);
        u.b.bind(top);
        u.b.pos = f.iter().pos();
        u.b.jump(FOR_ITER, orelse);
        ex.assign(f.target());
        u.pushBlock(Unit.Block.Kind.FOR_LOOP, top, end, null, u.b.handlerCount());
        stmts(f.body());
        u.blocks.pop();
        u.b.pos = f.pos();
        u.b.jump(JUMP, top);
        u.b.bind(orelse);
        stmts(f.orelse());
        u.b.bind(end);
    }

    private void breakStmt() {
        Pos at = u.b.pos;
        for (Unit.Block blk : u.blocks) {
            if (blk.kind() == Unit.Block.Kind.WHILE_LOOP || blk.kind() == Unit.Block.Kind.FOR_LOOP) {
                unwindTo(blk, false);
                u.b.pos = at;
                if (blk.kind() == Unit.Block.Kind.FOR_LOOP) {
                    u.b.emit(POP_TOP);
                }
                u.b.jump(JUMP, blk.end());
                return;
            }
        }
        throw PySyntaxError.at("'break' outside loop", at.line(), at.col() + 1);
    }

    private void continueStmt() {
        Pos at = u.b.pos;
        for (Unit.Block blk : u.blocks) {
            if (blk.kind() == Unit.Block.Kind.WHILE_LOOP || blk.kind() == Unit.Block.Kind.FOR_LOOP) {
                unwindTo(blk, false);
                u.b.pos = at;
                u.b.jump(JUMP, blk.start());
                return;
            }
        }
        throw PySyntaxError.at("'continue' not properly in loop", at.line(), at.col() + 1);
    }

    private void returnStmt(Stmt.Return r) {
        if (r.value() != null) {
            ex.expr(r.value());
        } else {
            u.b.emit(LOAD_CONST, u.b.constant(PyNone.NONE, PyNone.NONE));
        }
        unwindTo(null, true);
        u.b.pos = r.pos();
        u.b.emit(RETURN_VALUE);
    }

    /**
     * Emits the clean-up of every block above {@code target} (all blocks when null), innermost
     * first: loops drop their iterator, finally bodies run, with blocks call __exit__, handlers
     * restore the previous exception. With {@code preserveTop} the value on top survives.
     */
    void unwindTo(Unit.Block target, boolean preserveTop) {
        java.util.List<Unit.Block> passed = new java.util.ArrayList<>();
        for (Unit.Block blk : u.blocks) {
            if (blk == target) {
                break;
            }
            passed.add(blk);
        }
        java.util.Deque<Unit.Block> saved = new java.util.ArrayDeque<>(u.blocks);
        int activeHandlers = u.b.handlerCount();
        java.util.List<CodeBuilder.Handler> removed = new java.util.ArrayList<>();
        for (Unit.Block blk : passed) {
            u.blocks.pop();
            java.util.List<CodeBuilder.Handler> r = u.b.truncateHandlers(Math.min(blk.handlerDepth(), u.b.handlerCount()));
            r.addAll(removed);
            removed = r;
            switch (blk.kind()) {
                case FOR_LOOP -> {
                    if (preserveTop) {
                        u.b.emit(SWAP, 2);
                    }
                    u.b.emit(POP_TOP);
                }
                case WHILE_LOOP -> { }
                case FINALLY_END -> {
                    if (preserveTop) {
                        u.b.emit(SWAP, 2);
                        u.b.emit(POP_TOP);
                        u.b.emit(SWAP, 2);
                    } else {
                        u.b.emit(POP_TOP);
                    }
                    u.b.emit(POP_EXCEPT);
                }
                case POP_VALUE -> {
                    if (preserveTop) {
                        u.b.emit(SWAP, 2);
                    }
                    u.b.emit(POP_TOP);
                }
                case TRY_FINALLY -> {
                    @SuppressWarnings("unchecked")
                    List<Stmt> fin = (List<Stmt>) blk.extra();
                    Pos keep = u.b.pos;
                    stmts(fin);
                    u.b.pos = keep;
                }
                case WITH, ASYNC_WITH -> {
                    if (preserveTop) {
                        u.b.emit(SWAP, 2);
                    }
                    new TryCompiler(this).callExitNone(blk.kind() == Unit.Block.Kind.ASYNC_WITH);
                }
                case HANDLER -> {
                    if (preserveTop) {
                        u.b.emit(SWAP, 2);
                    }
                    u.b.emit(POP_EXCEPT);
                    if (blk.extra() instanceof String name) {
                        ex.constant(null);
                        u.store(name);
                        u.delete(name);
                    }
                }
            }
        }
        u.b.restoreHandlers(removed);
        assert u.b.handlerCount() == activeHandlers;
        u.blocks.clear();
        java.util.Iterator<Unit.Block> it = saved.descendingIterator();
        while (it.hasNext()) {
            u.blocks.push(it.next());
        }
    }

    private void assertStmt(Stmt.Assert a) {
        Label end = new Label();
        ex.expr(a.test());
        u.b.jump(POP_JUMP_IF_TRUE, end);
        u.b.pos = a.test().pos();
        u.b.emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            u.b.emit(PUSH_NULL);
            ex.expr(a.msg());
            u.b.pos = a.test().pos();
            u.b.emit(CALL, 1);
        }
        u.b.emit(RAISE_VARARGS, 1);
        u.b.bind(end);
    }

    private void importStmt(Stmt.Import im) {
        for (Node.Alias a : im.names()) {
            u.b.pos = im.pos();
            ex.constant(java.math.BigInteger.ZERO);
            boolean leaf = a.asname() != null && a.name().contains(".");
            if (leaf) {
                u.b.emit(LOAD_CONST, u.b.uniqueConstant(PyTuple.of(PyStr.of("*"))));
            } else {
                ex.constant(null);
            }
            u.b.emit(IMPORT_NAME, u.b.name(a.name()));
            u.store(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        }
    }

    private void importFrom(Stmt.ImportFrom im) {
        ex.constant(java.math.BigInteger.valueOf(im.level()));
        dev.interleave.vm.PyObject[] names = new dev.interleave.vm.PyObject[im.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(im.names().get(i).name());
        }
        u.b.emit(LOAD_CONST, u.b.uniqueConstant(PyTuple.of(names)));
        u.b.emit(IMPORT_NAME, u.b.name(im.module() == null ? "" : im.module()));
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            u.b.emit(IMPORT_STAR);
            return;
        }
        for (Node.Alias a : im.names()) {
            u.b.pos = a.pos();
            u.b.emit(IMPORT_FROM, u.b.name(a.name()));
            u.store(a.asname() != null ? a.asname() : a.name());
        }
        u.b.emit(POP_TOP);
    }

    // ---- functions and classes ----

    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) {
            ex.expr(d);
            u.b.emit(PUSH_NULL);
        }
        u.b.pos = f.pos();
        Scope sc = symtable.scopeOf(f);
        String qual = childQualname(f.name(), sc);
        PyCode code = functionCode(sc, qual, f.name(), f.args(), f.body(), null, f.pos().line());
        makeFunction(code, sc, f.args());
        for (int i = f.decorators().size() - 1; i >= 0; i--) {
            u.b.pos = f.decorators().get(i).pos();
            u.b.emit(CALL, 1);
        }
        u.store(f.name());
    }

    String childQualname(String name, Scope child) {
        if (u.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (u.scope.kind == Scope.Kind.FUNCTION) {
            return u.qualname + ".<locals>." + name;
        }
        return u.qualname + "." + name;
    }

    /** Compiles a function body (or a lambda's expression when {@code body} is null) to a code object. */
    PyCode functionCode(Scope sc, String qual, String name, Node.Arguments args, List<Stmt> body, Expr lambdaBody,
                        int firstLine) {
        Unit saved = u;
        u = new Unit(sc, qual);
        int flags = 0;
        if (sc.hasVarargs) {
            flags |= PyCode.VARARGS;
        }
        if (sc.hasVarkw) {
            flags |= PyCode.VARKEYWORDS;
        }
        if (sc.isCoroutine) {
            flags |= sc.isGenerator ? PyCode.ASYNC_GENERATOR : PyCode.COROUTINE;
        } else if (sc.isGenerator) {
            flags |= PyCode.GENERATOR;
        }
        String doc = null;
        if (lambdaBody != null) {
            ex.expr(lambdaBody);
            u.b.pos = lambdaBody.pos();
            u.b.emit(RETURN_VALUE);
        } else {
            int start = 0;
            if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es
                    && es.value() instanceof Expr.Constant c && c.value() instanceof String s) {
                doc = s;
                start = 1;
            }
            for (int i = start; i < body.size(); i++) {
                stmt(body.get(i));
            }
            if (u.b.reachable()) {
                u.b.pos = Pos.NONE;
                returnNone();
            }
        }
        int argc = args.posonly().size() + args.args().size();
        PyCode code = u.b.build(name, qual, source, u.cellvars.toArray(new String[0]),
                u.freevars.toArray(new String[0]), argc, args.posonly().size(), args.kwonly().size(), flags, firstLine);
        code.doc = doc;
        u = saved;
        return code;
    }

    /** Emits defaults, kw defaults and closure, then MAKE_FUNCTION for {@code code}. */
    void makeFunction(PyCode code, Scope sc, Node.Arguments args) {
        int flags = 0;
        if (args != null && !args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                ex.expr(d);
            }
            u.b.emit(BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        if (args != null) {
            int n = 0;
            for (int i = 0; i < args.kwonly().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    ex.constant(args.kwonly().get(i).name());
                    ex.expr(d);
                    n++;
                }
            }
            if (n > 0) {
                u.b.emit(BUILD_MAP, n);
                flags |= 2;
            }
        }
        if (code.freevars.length > 0) {
            for (String fv : code.freevars) {
                u.b.emit(LOAD_CLOSURE, closureIndex(fv));
            }
            u.b.emit(BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        u.b.emit(LOAD_CONST, u.b.uniqueConstant(code));
        u.b.emit(MAKE_FUNCTION, flags);
    }

    private int closureIndex(String name) {
        if (u.cellvars.contains(name) || u.freevars.contains(name)) {
            return u.cellIndex(name);
        }
        throw new IllegalStateException("free variable " + name + " not found in " + u.qualname);
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) {
            ex.expr(d);
            u.b.emit(PUSH_NULL);
        }
        u.b.pos = c.pos();
        Scope sc = symtable.scopeOf(c);
        String qual = childQualname(c.name(), sc);
        Unit saved = u;
        u = new Unit(sc, qual);
        int start = docstring(c.body(), "__doc__");
        for (int i = start; i < c.body().size(); i++) {
            stmt(c.body().get(i));
        }
        u.b.pos = Pos.NONE;
        if (sc.needsClassCell) {
            u.b.emit(LOAD_CLOSURE, u.cellIndex("__class__"));
            u.b.emit(STORE_NAME, u.b.name("__classcell__"));
        }
        returnNone();
        PyCode body = u.b.build(c.name(), qual, source, u.cellvars.toArray(new String[0]),
                u.freevars.toArray(new String[0]), 0, 0, 0, PyCode.NAME_LOCALS, c.pos().line());
        u = saved;
        u.b.pos = c.pos();
        u.b.emit(LOAD_BUILD_CLASS);
        u.b.emit(PUSH_NULL);
        makeFunction(body, sc, null);
        ex.constant(c.name());
        for (Expr base : c.bases()) {
            ex.expr(base);
        }
        u.b.pos = c.pos();
        ex.finishCall(2 + c.bases().size(), c.keywords());
        for (int i = c.decorators().size() - 1; i >= 0; i--) {
            u.b.emit(CALL, 1);
        }
        u.store(c.name());
    }
}
