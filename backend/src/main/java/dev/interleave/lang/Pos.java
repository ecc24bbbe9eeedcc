package dev.interleave.lang;

/**
 * A source range. Lines are 1-based; columns are 0-based character offsets into the line
 * (CPython's col_offset / end_col_offset, counted in characters, not UTF-8 bytes).
 */
public record Pos(int line, int col, int endLine, int endCol) {

    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The range from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
