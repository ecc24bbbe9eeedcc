package dev.interleave.lang;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) found while tokenizing,
 * parsing or compiling. The only exception the front end throws for bad source.
 *
 * <p>Positions follow CPython's SyntaxError attributes: {@code line} and {@code endLine} are
 * 1-based; {@code col} and {@code endCol} are 1-based character offsets into the line
 * ({@code offset} / {@code end_offset}), {@code endCol} exclusive. {@code endLine}/{@code endCol}
 * may be 0 when CPython has none, and then one caret is printed.
 */
public final class PySyntaxError extends RuntimeException {

    public enum Kind { SyntaxError, IndentationError, TabError }

    private final Kind kind;
    private final String msg;
    private final int line;
    private final int col;
    private final int endLine;
    private final int endCol;

    public PySyntaxError(Kind kind, String msg, int line, int col, int endLine, int endCol) {
        super(kind + ": " + msg + " (line " + line + ", column " + col + ")");
        this.kind = kind;
        this.msg = msg;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    public static PySyntaxError at(String msg, int line, int col) {
        return new PySyntaxError(Kind.SyntaxError, msg, line, col, 0, 0);
    }

    public Kind kind() { return kind; }

    public String msg() { return msg; }

    public int line() { return line; }

    public int col() { return col; }

    public int endLine() { return endLine; }

    public int endCol() { return endCol; }
}
