package dev.interleave.lang;

import dev.interleave.util.OnThread;

/**
 * The front end's entry point: tokenizes and parses Python 3.13 source into an AST, then runs the
 * compile-time checks CPython's symtable and compiler make. Only {@link PySyntaxError} escapes.
 */
public final class Parser {
    private static final long STACK_SIZE = 256L * 1024 * 1024;

    private Parser() {}

    public static Node.Module parse(String source, String fileName) {
        return OnThread.call(Thread.ofPlatform().name("interleave-parser").stackSize(STACK_SIZE),
                () -> parseHere(source));
    }

    /**
     * Parses on the calling thread without the symtable and compiler checks, as {@code ast.parse}
     * does (the traceback printer uses it on source snippets).
     */
    public static Node.Module parseTree(String source) {
        SourceText src = new SourceText(source);
        Tokenizer.Result lexed = Tokenizer.tokenize(src);
        StmtParser ps = new StmtParser(src, lexed.tokens(), lexed.error());
        try {
            return ps.file();
        } catch (ParserBase.LexReached r) {
            throw lexed.error().error();
        } catch (ParserBase.Fail f) {
            throw generic(ps);
        } catch (StackOverflowError e) {
            throw ps.tooComplex();
        }
    }

    /** Parses on the calling thread. */
    static Node.Module parseHere(String source) {
        SourceText src = new SourceText(source);
        Tokenizer.Result lexed = Tokenizer.tokenize(src);
        StmtParser ps = new StmtParser(src, lexed.tokens(), lexed.error());
        Node.Module module;
        try {
            module = ps.file();
        } catch (ParserBase.LexReached r) {
            throw lexed.error().error();
        } catch (ParserBase.Fail f) {
            throw preferLexError(ps, lexed.error(), generic(ps), true);
        } catch (PySyntaxError e) {
            throw preferLexError(ps, lexed.error(), e, false);
        } catch (StackOverflowError e) {
            throw ps.tooComplex();
        }
        try {
            SyntaxChecks.check(module);
        } catch (StackOverflowError e) {
            throw ps.tooComplex();
        }
        return module;
    }

    private static PySyntaxError generic(StmtParser ps) {
        Token t = ps.lastFetched();
        if (t.type() == TokenType.INDENT) {
            return ps.errAt("unexpected indent", t, PySyntaxError.Kind.IndentationError);
        }
        if (t.type() == TokenType.DEDENT) {
            return ps.errAt("unexpected unindent", t, PySyntaxError.Kind.IndentationError);
        }
        return ps.errAt("invalid syntax", t, PySyntaxError.Kind.SyntaxError);
    }

    /** CPython reports a tokenizer error found later in the file instead of most parser errors. */
    private static PySyntaxError preferLexError(StmtParser ps, LexError lex, PySyntaxError e, boolean generic) {
        if (lex == null) {
            return e;
        }
        if (generic && e.kind() == PySyntaxError.Kind.IndentationError) {
            return e;
        }
        return switch (lex.priority()) {
            case RAISED -> lex.error();
            case UNCLOSED -> ps.lastFetched().line() > lex.parenLine() ? lex.error() : e;
            case PASSIVE -> e;
        };
    }
}
