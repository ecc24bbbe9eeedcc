package dev.interleave.lang;

/** Operators of the AST, with the symbols CPython uses in error messages. */
public final class Operator {
    private Operator() {}

    public enum Bin {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;

        Bin(String symbol) { this.symbol = symbol; }
    }

    public enum Unary {
        INVERT("~"), NOT("not"), UADD("+"), USUB("-");

        public final String symbol;

        Unary(String symbol) { this.symbol = symbol; }
    }

    public enum Cmp {
        EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"),
        IN("in"), NOT_IN("not in");

        public final String symbol;

        Cmp(String symbol) { this.symbol = symbol; }
    }
}
