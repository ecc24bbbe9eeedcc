package dev.interleave.lang;

/** Kinds of tokens, as CPython's tokenizer names them. Keywords are NAME tokens. */
public enum TokenType {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END, ENDMARKER
}
