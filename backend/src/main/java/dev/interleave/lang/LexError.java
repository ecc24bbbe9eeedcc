package dev.interleave.lang;

/**
 * A tokenizer error and how it competes with parser errors, as in CPython: RAISED errors win
 * over any parser error; UNCLOSED ('(' was never closed at EOF) wins over a parser error on a
 * later line; PASSIVE errors (bad dedent, tabs, continuation, EOF) count only if the parser
 * reaches them.
 */
public record LexError(PySyntaxError error, Priority priority, int parenLine) {

    public enum Priority { RAISED, UNCLOSED, PASSIVE }
}
