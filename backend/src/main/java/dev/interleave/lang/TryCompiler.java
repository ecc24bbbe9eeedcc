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
        if (t.star()) {
            throw PySyntaxError.at("except* is not supported by Interleave", t.pos().line(), t.pos().col() + 1);
        }
        if (t.finalbody().isEmpty()) {
            tryExcept(t.body(), t.handlers(), t.orelse());
            return;
        }
        tryFinally(() -> {
            if (t.handlers().isEmpty()) {
                c.stmts(t.body());
            } else {
                tryExcept(t.body(), t.handlers(), t.orelse());
            }
        }, t.finalbody());
    }

    /** Protects [start, here) with a handler that cleans up a handled exception: SWAP 2; POP_EXCEPT; RERAISE. */
    private void cleanupHandler(int start, int depth) {
        Label cleanup = new Label();
        Label after = new Label();
        b.handler(start, b.size(), cleanup, depth);
        if (b.reachable()) {
            b.jump(JUMP, after);
        }
        b.bind(cleanup);
        b.emit(SWAP, 2);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE);
        b.bind(after);
    }

    private void tryExcept(List<Stmt> body, List<Node.ExceptHandler> handlers, List<Stmt> orelse) {
        Label handler = new Label();
        Label end = new Label();
        int d0 = b.depth();
        int start = b.size();
        c.stmts(body);
        b.handler(start, b.size(), handler, d0);
        c.stmts(orelse);
        b.jump(JUMP, end);
        b.bind(handler);
        b.setDepth(d0 + 1);
        b.emit(PUSH_EXC_INFO);
        int cleanupStart = b.size();
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
                c.u.blocks.push(new Unit.Block(Unit.Block.Kind.HANDLER, null, null, null));
                c.stmts(h.body());
                c.u.blocks.pop();
                b.pos = Pos.NONE;
                b.emit(POP_EXCEPT);
            }
            b.jump(JUMP, end);
            b.bind(next);
        }
        if (b.reachable()) {
            b.pos = Pos.NONE;
            b.emit(RERAISE);
        }
        b.setDepth(d0 + 2);
        cleanupHandler(cleanupStart, d0 + 1);
        b.bind(end);
    }

    /** A named handler's body: the name is cleared afterwards, even when the body raises. */
    private void handlerBody(Node.ExceptHandler h, int depthWithPrev) {
        Label cleanup = new Label();
        Label done = new Label();
        int start = b.size();
        c.u.blocks.push(new Unit.Block(Unit.Block.Kind.HANDLER, null, null, h.name()));
        c.stmts(h.body());
        c.u.blocks.pop();
        b.handler(start, b.size(), cleanup, depthWithPrev);
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
        int start = b.size();
        c.u.blocks.push(new Unit.Block(Unit.Block.Kind.TRY_FINALLY, null, null, finalbody));
        body.run();
        c.u.blocks.pop();
        b.handler(start, b.size(), handler, d0);
        if (b.reachable()) {
            c.stmts(finalbody);
            b.jump(JUMP, end);
        }
        b.bind(handler);
        b.setDepth(d0 + 1);
        b.emit(PUSH_EXC_INFO);
        int cleanupStart = b.size();
        c.u.blocks.push(new Unit.Block(Unit.Block.Kind.FINALLY_END, null, null, null));
        c.stmts(finalbody);
        c.u.blocks.pop();
        if (b.reachable()) {
            b.pos = Pos.NONE;
            b.emit(RERAISE);
        }
        b.setDepth(d0 + 2);
        cleanupHandler(cleanupStart, d0 + 1);
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
        int start = b.size();
        c.u.blocks.push(new Unit.Block(async ? Unit.Block.Kind.ASYNC_WITH : Unit.Block.Kind.WITH, null, null, null));
        withStmt(w, item + 1);
        c.u.blocks.pop();
        b.handler(start, b.size(), handler, dExit);
        if (b.reachable()) {
            b.pos = w.pos();
            callExitNone(async);
            b.jump(JUMP, after);
        }
        b.bind(handler);
        b.setDepth(dExit + 1);
        b.pos = w.pos();
        b.emit(PUSH_EXC_INFO);
        int cleanupStart = b.size();
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
        b.setDepth(dExit + 2);
        cleanupHandler(cleanupStart, dExit + 1);
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
        int start = b.size();
        b.emit(GET_ANEXT);
        c.ex.awaitNoGet();
        b.handler(start, b.size(), handler, d0);
        c.ex.assign(f.target());
        c.u.blocks.push(new Unit.Block(Unit.Block.Kind.FOR_LOOP, top, end, null));
        c.stmts(f.body());
        c.u.blocks.pop();
        b.pos = f.pos();
        b.jump(JUMP, top);
        b.bind(handler);
        b.setDepth(d0 + 1);
        b.emit(END_ASYNC_FOR);
        c.stmts(f.orelse());
        b.bind(end);
    }
}
