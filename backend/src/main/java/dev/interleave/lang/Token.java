package dev.interleave.lang;

/**
 * One token. {@code text} is the identifier (NFKC-normalized), the operator, the number's or
 * string's source text, or for FSTRING_MIDDLE the literal text with doubled braces undoubled
 * (escapes still unprocessed). Lines are 1-based, columns 0-based code-point offsets;
 * {@code start}/{@code end} are absolute code-point offsets into the source.
 */
public record Token(TokenType type, String text, int line, int col, int endLine, int endCol,
                    int start, int end) {

    /** True for an OP or NAME token with exactly this text. */
    public boolean is(String s) {
        return (type == TokenType.OP || type == TokenType.NAME) && text.equals(s);
    }

    public Pos pos() {
        return new Pos(line, col, endLine, endCol);
    }
}
