package dev.interleave.lang;

import static dev.interleave.vm.Opcode.*;

import dev.interleave.lang.CodeBuilder.Label;
import dev.interleave.vm.PyNone;
import java.util.List;

/** try/except/finally, with and async for: the statements that install exception handlers. */
final class TryCompiler {

    private final Compiler c;
    private final CodeBuilder b;

    TryCompiler(Compiler c) {
        this.c = c;
        this.b = c.u.b;
    }

    void tryStmt(Stmt.Try t) {
        if (t.finalbody().isEmpty()) {
            tryExcept(t.body(), t.handlers(), t.orelse(), t.star());
            return;
        }
        tryFinally(() -> {
            if (t.handlers().isEmpty()) {
                c.stmts(t.body());
            } else {
                tryExcept(t.body(), t.handlers(), t.orelse(), t.star());
            }
        }, t.finalbody());
    }

    /**
     * Code run while an exception is being handled ([prev exc] on the stack above {@code depth}):
     * if it raises, the previous exception is restored first (SWAP 2; POP_EXCEPT; RERAISE).
     */
    private void withCleanup(int depth, Runnable region) {
        Label cleanup = new Label();
        b.pushHandler(cleanup, depth);
        region.run();
        b.popHandler();
        Label after = new Label();
        if (b.reachable()) {
            b.jump(JUMP, after);
        }
        b.bind(cleanup);
        b.emit(SWAP, 2);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE);
        b.bind(after);
    }

    private void tryExcept(List<Stmt> body, List<Node.ExceptHandler> handlers, List<Stmt> orelse, boolean star) {
        Label handler = new Label();
        Label end = new Label();
        int d0 = b.depth();
        b.pushHandler(handler, d0);
        c.stmts(body);
        b.popHandler();
        c.stmts(orelse);
        b.jump(JUMP, end);
        b.bind(handler);
        b.emit(PUSH_EXC_INFO);
        if (star) {
            withCleanup(d0 + 1, () -> starHandlers(handlers, d0, end));
        } else {
            withCleanup(d0 + 1, () -> handlers(handlers, d0, end));
        }
        b.bind(end);
    }

    /**
     * except* clauses over [prev orig raised rest]: each takes its part of what is left (rest),
     * and what its body raises goes to raised; at the end PREP_RERAISE_STAR says what to raise.
     */
    private void starHandlers(List<Node.ExceptHandler> handlers, int d0, Label end) {
        b.pos = Pos.NONE;
        b.emit(COPY, 1);
        b.emit(BUILD_LIST, 0);
        b.emit(SWAP, 2);
        for (Node.ExceptHandler h : handlers) {
            checkStarBody(h.body(), false);
            Label noMatch = new Label();
            Label next = new Label();
            c.ex.expr(h.type());
            b.pos = h.pos();
            b.emit(CHECK_EG_MATCH);
            b.emit(COPY, 1);
            c.ex.constant(null);
            b.emit(IS_OP, 0);
            b.jump(POP_JUMP_IF_TRUE, noMatch);
            if (h.name() != null) {
                c.u.store(h.name());
            } else {
                b.emit(POP_TOP);
            }
            int depth = b.depth();
            Label raised = new Label();
            b.pushHandler(raised, depth);
            c.u.pushBlock(Unit.Block.Kind.HANDLER, null, null, h.name(), b.handlerCount() - 2);
            c.stmts(h.body());
            c.u.blocks.pop();
            b.popHandler();
            b.pos = Pos.NONE;
            if (b.reachable()) {
                if (h.name() != null) {
                    clearName(h.name());
                }
                b.jump(JUMP, next);
            }
            b.bind(raised);
            b.emit(LIST_APPEND, 2);
            if (h.name() != null) {
                clearName(h.name());
            }
            b.jump(JUMP, next);
            b.bind(noMatch);
            b.emit(POP_TOP);
            b.bind(next);
        }
        b.pos = Pos.NONE;
        b.emit(LIST_APPEND, 1);
        b.emit(PREP_RERAISE_STAR);
        Label nothing = new Label();
        b.emit(COPY, 1);
        c.ex.constant(null);
        b.emit(IS_OP, 0);
        b.jump(POP_JUMP_IF_TRUE, nothing);
        b.emit(RERAISE);
        b.bind(nothing);
        b.emit(POP_TOP);
        b.emit(POP_EXCEPT);
        b.jump(JUMP, end);
    }

    private void handlers(List<Node.ExceptHandler> handlers, int d0, Label end) {
        for (Node.ExceptHandler h : handlers) {
            b.pos = h.pos();
            Label next = new Label();
            if (h.type() != null) {
                c.ex.expr(h.type());
                b.pos = h.pos();
                b.emit(CHECK_EXC_MATCH);
                b.jump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                c.u.store(h.name());
                handlerBody(h, d0 + 1);
            } else {
                b.emit(POP_TOP);
                c.u.pushBlock(Unit.Block.Kind.HANDLER, null, null, null, b.handlerCount() - 1);
                c.stmts(h.body());
                c.u.blocks.pop();
                b.pos = Pos.NONE;
                b.emit(POP_EXCEPT);
            }
            b.jump(JUMP, end);
            b.bind(next);
        }
        b.pos = Pos.NONE;
        b.emit(RERAISE);
    }

    /** CPython's rule: an except* clause cannot leave its block by break, continue or return. */
    private static void checkStarBody(List<Stmt> body, boolean inLoop) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Return r -> starExit(r.value() != null ? r.value().pos() : r.pos());
                case Stmt.Break br -> {
                    if (!inLoop) {
                        starExit(br.pos());
                    }
                }
                case Stmt.Continue co -> {
                    if (!inLoop) {
                        starExit(co.pos());
                    }
                }
                case Stmt.While w -> {
                    checkStarBody(w.body(), true);
                    checkStarBody(w.orelse(), inLoop);
                }
                case Stmt.For f -> {
                    checkStarBody(f.body(), true);
                    checkStarBody(f.orelse(), inLoop);
                }
                case Stmt.If i -> {
                    checkStarBody(i.body(), inLoop);
                    checkStarBody(i.orelse(), inLoop);
                }
                case Stmt.With w -> checkStarBody(w.body(), inLoop);
                case Stmt.Try t -> {
                    checkStarBody(t.body(), inLoop);
                    for (Node.ExceptHandler h : t.handlers()) {
                        checkStarBody(h.body(), inLoop);
                    }
                    checkStarBody(t.orelse(), inLoop);
                    checkStarBody(t.finalbody(), inLoop);
                }
                default -> { }
            }
        }
    }

    private static void starExit(Pos pos) {
        throw PySyntaxError.at("'break', 'continue' and 'return' cannot appear in an except* block",
                pos.line(), pos.col() + 1);
    }

    /** A named handler's body: the name is cleared afterwards, even when the body raises. */
    private void handlerBody(Node.ExceptHandler h, int depthWithPrev) {
        Label cleanup = new Label();
        Label done = new Label();
        int outer = b.handlerCount() - 1;
        b.pushHandler(cleanup, depthWithPrev);
        c.u.pushBlock(Unit.Block.Kind.HANDLER, null, null, h.name(), outer);
        c.stmts(h.body());
        c.u.blocks.pop();
        b.popHandler();
        b.pos = Pos.NONE;
        if (b.reachable()) {
            b.emit(POP_EXCEPT);
            clearName(h.name());
            b.jump(JUMP, done);
        }
        b.bind(cleanup);
        clearName(h.name());
        b.emit(RERAISE);
        b.bind(done);
    }

    private void clearName(String name) {
        c.ex.constant(null);
        c.u.store(name);
        c.u.delete(name);
    }

    private void tryFinally(Runnable body, List<Stmt> finalbody) {
        Label handler = new Label();
        Label end = new Label();
        int d0 = b.depth();
        c.u.pushBlock(Unit.Block.Kind.TRY_FINALLY, null, null, finalbody, b.handlerCount());
        b.pushHandler(handler, d0);
        body.run();
        b.popHandler();
        c.u.blocks.pop();
        if (b.reachable()) {
            c.stmts(finalbody);
            b.jump(JUMP, end);
        }
        b.bind(handler);
        b.emit(PUSH_EXC_INFO);
        int outer = b.handlerCount();
        withCleanup(d0 + 1, () -> {
            c.u.pushBlock(Unit.Block.Kind.FINALLY_END, null, null, null, outer);
            c.stmts(finalbody);
            c.u.blocks.pop();
            b.pos = Pos.NONE;
            b.emit(RERAISE);
        });
        b.bind(end);
    }

    void withStmt(Stmt.With w, int item) {
        if (item == w.items().size()) {
            c.stmts(w.body());
            return;
        }
        boolean async = w.isAsync();
        Node.WithItem it = w.items().get(item);
        c.ex.expr(it.contextExpr());
        b.pos = w.pos();
        b.emit(async ? BEFORE_ASYNC_WITH : BEFORE_WITH);
        b.emit(CALL, 0);
        if (async) {
            c.ex.await();
        }
        int dExit = b.depth() - 1;
        if (it.optionalVars() != null) {
            c.ex.assign(it.optionalVars());
        } else {
            b.emit(POP_TOP);
        }
        Label handler = new Label();
        Label after = new Label();
        c.u.pushBlock(async ? Unit.Block.Kind.ASYNC_WITH : Unit.Block.Kind.WITH, null, null, null, b.handlerCount());
        b.pushHandler(handler, dExit);
        withStmt(w, item + 1);
        b.popHandler();
        c.u.blocks.pop();
        // CPython 3.13 places an async with's __aexit__ call on the context expression.
        Pos exitPos = async ? it.contextExpr().pos() : w.pos();
        if (b.reachable()) {
            b.pos = exitPos;
            callExitNone(async);
            b.jump(JUMP, after);
        }
        b.bind(handler);
        b.pos = exitPos;
        b.emit(PUSH_EXC_INFO);
        withCleanup(dExit + 1, () -> {
            Label suppress = new Label();
            b.emit(COPY, 3);
            b.emit(PUSH_NULL);
            b.emit(COPY, 3);
            b.emit(WITH_EXIT_ARGS);
            b.emit(CALL, 3);
            if (async) {
                c.ex.await();
            }
            b.jump(POP_JUMP_IF_TRUE, suppress);
            b.emit(RERAISE);
            b.bind(suppress);
            b.emit(POP_TOP);
            b.emit(POP_EXCEPT);
            b.emit(POP_TOP);
            b.jump(JUMP, after);
        });
        b.bind(after);
    }

    /** [exit] -> []: calls exit(None, None, None) and drops the result. */
    void callExitNone(boolean async) {
        b.emit(PUSH_NULL);
        for (int i = 0; i < 3; i++) {
            b.emit(LOAD_CONST, b.constant(PyNone.NONE, PyNone.NONE));
        }
        b.emit(CALL, 3);
        if (async) {
            c.ex.await();
        }
        b.emit(POP_TOP);
    }

    void asyncFor(Stmt.For f) {
        Label top = new Label();
        Label handler = new Label();
        Label end = new Label();
        c.ex.expr(f.iter());
        b.pos = f.iter().pos();
        b.emit(GET_AITER);
        b.bind(top);
        int d0 = b.depth();
        b.pushHandler(handler, d0);
        b.emit(GET_ANEXT);
        c.ex.awaitNoGet();
        b.popHandler();
        c.ex.assign(f.target());
        c.u.pushBlock(Unit.Block.Kind.FOR_LOOP, top, end, null, b.handlerCount());
        c.stmts(f.body());
        c.u.blocks.pop();
        b.pos = f.pos();
        b.jump(JUMP, top);
        b.bind(handler);
        b.emit(END_ASYNC_FOR);
        c.stmts(f.orelse());
        b.bind(end);
    }
}
