package dev.interleave.lang;

import java.util.List;

/** Token access, backtracking and error construction shared by the parser classes. */
abstract class ParserBase {
    static final int MAX_DEPTH = 900;

    final SourceText src;
    final List<Token> toks;
    final LexError lexError;
    int p;
    int furthest;
    private int depth;

    /** A generic parse failure: becomes "invalid syntax" at the furthest token unless recovered. */
    static final class Fail extends RuntimeException {
        static final Fail INSTANCE = new Fail();

        private Fail() {
            super("parse failure", null, false, false);
        }
    }

    /** The parser needed a token past a tokenizer error: that error is the result. */
    static final class LexReached extends RuntimeException {
        LexReached() {
            super("tokenizer error reached", null, false, false);
        }
    }

    ParserBase(SourceText src, List<Token> toks, LexError lexError) {
        this.src = src;
        this.toks = toks;
        this.lexError = lexError;
    }

    // ---- tokens -------------------------------------------------------------------------------

    final Token tok(int i) {
        if (i >= toks.size()) {
            throw new LexReached();
        }
        if (i > furthest) {
            furthest = i;
        }
        return toks.get(i);
    }

    final Token peek() {
        return tok(p);
    }

    final Token peek(int k) {
        return tok(p + k);
    }

    final Token next() {
        return tok(p++);
    }

    final Token prev() {
        return toks.get(p - 1);
    }

    final boolean at(String s) {
        return peek().is(s);
    }

    final boolean at(TokenType t) {
        return peek().type() == t;
    }

    final boolean accept(String s) {
        if (at(s)) {
            p++;
            return true;
        }
        return false;
    }

    final Token expect(String s) {
        if (!at(s)) {
            throw fail();
        }
        return next();
    }

    final Token expectName() {
        Token t = peek();
        if (t.type() != TokenType.NAME || Keywords.isKeyword(t.text())) {
            throw fail();
        }
        return next();
    }

    final boolean atName() {
        Token t = peek();
        return t.type() == TokenType.NAME && !Keywords.isKeyword(t.text());
    }

    static Fail fail() {
        return Fail.INSTANCE;
    }

    // ---- nesting ------------------------------------------------------------------------------

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw tooComplex();
        }
    }

    final void leave() {
        depth--;
    }

    final PySyntaxError tooComplex() {
        Token t = peek();
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                "Parser stack overflowed - Python source too complex to parse", t.line(), t.col() + 1,
                t.endLine(), t.endCol() + 1);
    }

    // ---- positions ----------------------------------------------------------------------------

    static Pos span(Token a, Token b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    static Pos span(Pos a, Token b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    static Pos span(Token a, Pos b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    /** From {@code start} to the end of the last consumed token. */
    final Pos from(Token start) {
        return span(start, prev());
    }

    /** From {@code start} to the last consumed token that is not NEWLINE, INDENT or DEDENT. */
    final Pos fromSignificant(Token start) {
        int i = p - 1;
        while (i > 0 && isLayout(toks.get(i).type())) {
            i--;
        }
        return span(start, toks.get(i));
    }

    private static boolean isLayout(TokenType t) {
        return t == TokenType.NEWLINE || t == TokenType.INDENT || t == TokenType.DEDENT;
    }

    final Pos from(Pos start) {
        return span(start, prev());
    }

    // ---- errors -------------------------------------------------------------------------------

    static PySyntaxError error(String msg, Pos at) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, at.line(), at.col() + 1,
                at.endLine(), at.endCol() + 1);
    }

    static PySyntaxError error(String msg, Pos from, Pos to) {
        return error(msg, Pos.span(from, to));
    }

    /**
     * An error located at token {@code t}. INDENT, DEDENT and ENDMARKER have no column in CPython:
     * it reports the tokenizer's position there and no end column.
     */
    final PySyntaxError errAt(String msg, Token t, PySyntaxError.Kind kind) {
        TokenType ty = t.type();
        if (ty == TokenType.INDENT || ty == TokenType.DEDENT || ty == TokenType.ENDMARKER) {
            int line = t.line();
            int col = t.col();
            if (line > src.lineCount()) {
                line = src.lineCount();
                col = src.lineText(line).length() + 1;
            }
            return new PySyntaxError(kind, msg, line, col, line, -1);
        }
        return new PySyntaxError(kind, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    final Token lastFetched() {
        return toks.get(Math.min(furthest, toks.size() - 1));
    }

    /** CPython's RAISE_SYNTAX_ERROR: located at the last token the parser fetched. */
    final PySyntaxError errorAtLast(String msg) {
        return errAt(msg, lastFetched(), PySyntaxError.Kind.SyntaxError);
    }

    final PySyntaxError indentationError(String msg) {
        return errAt(msg, lastFetched(), PySyntaxError.Kind.IndentationError);
    }

    /** CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from {@code a} to the end of the last fetched token. */
    final PySyntaxError errorFrom(String msg, Pos a) {
        Token t = toks.get(Math.min(furthest, toks.size() - 1));
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, a.line(), a.col() + 1,
                t.endLine(), t.endCol());
    }

    /**
     * Like {@link #attempt} for CPython's error-only rules, which run in a second pass: the furthest
     * token seen (where a generic error is reported) is left as it was.
     */
    final boolean probe(Runnable r) {
        int saved = furthest;
        boolean ok = attempt(r);
        furthest = saved;
        return ok;
    }

    /** Runs {@code r} speculatively: true (position kept) if it parses, false (position restored) if not. */
    final boolean attempt(Runnable r) {
        int save = p;
        try {
            r.run();
            return true;
        } catch (Fail | PySyntaxError e) {
            p = save;
            return false;
        }
    }
}
