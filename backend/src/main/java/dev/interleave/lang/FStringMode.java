package dev.interleave.lang;

/** Tokenizer state for one f-string being scanned (CPython's tokenizer_mode). */
final class FStringMode {
    final int quote;
    final int quoteSize;
    final boolean raw;
    final int start;
    /** True while tokenizing a replacement field's expression in regular mode. */
    boolean regular;
    /** Brackets currently open inside this f-string's replacement fields. */
    int depth;
    /** Bracket depth at which the innermost replacement field started; -1 outside fields. */
    int exprStartDepth = -1;
    boolean inFormatSpec;

    FStringMode(int quote, int quoteSize, boolean raw, int start) {
        this.quote = quote;
        this.quoteSize = quoteSize;
        this.raw = raw;
        this.start = start;
    }

    boolean insideExpr() {
        return exprStartDepth >= 0;
    }
}
