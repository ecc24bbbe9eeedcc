package dev.interleave.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.13 tokenizer: turns source into tokens following CPython's lexer (indentation, implicit
 * and explicit line joining, numbers, strings, f-strings in the 3.12 grammar). Tokenizing stops at
 * the first error, which is returned next to the tokens read so far.
 */
public final class Tokenizer {
    static final int MAX_INDENT = 100;
    static final int MAX_LEVEL = 200;
    static final int MAX_FSTRING_LEVEL = 150;
    static final int MAX_EXPR_NESTING = 3;
    private static final int TAB_SIZE = 8;

    /** Tokens up to the first error; {@code error} is null when the whole source tokenized. */
    public record Result(List<Token> tokens, LexError error) {}

    private final SourceText src;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private boolean atBol = true;
    private boolean blankLine;
    private int pendin;
    private final int[] indStack = new int[MAX_INDENT + 1];
    private final int[] altStack = new int[MAX_INDENT + 1];
    private int indent;
    private final int[] parenChar = new int[MAX_LEVEL];
    private final int[] parenStart = new int[MAX_LEVEL];
    private int level;
    private int commentStart = -1;
    private final ArrayDeque<FStringMode> modes = new ArrayDeque<>();

    private Tokenizer(SourceText src) {
        this.src = src;
    }

    public static Result tokenize(String source) {
        return tokenize(new SourceText(source));
    }

    public static Result tokenize(SourceText src) {
        Tokenizer t = new Tokenizer(src);
        LexError err = t.run();
        return new Result(t.out, err);
    }

    private LexError run() {
        try {
            checkNullBytes();
            if (src.at(0) == 0xFEFF) {
                pos = 1;
            }
            while (out.isEmpty() || out.get(out.size() - 1).type() != TokenType.ENDMARKER) {
                next();
            }
            return null;
        } catch (Fail f) {
            return f.err;
        }
    }

    private void checkNullBytes() {
        for (int i = 0; i < src.length(); i++) {
            if (src.at(i) == 0) {
                throw raised(new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                        "source code cannot contain null bytes", src.lineOf(i), 0, 0, 0));
            }
        }
    }

    // ---- errors -------------------------------------------------------------------------------

    /** An error thrown inside the tokenizer, carrying its priority. */
    private static final class Fail extends RuntimeException {
        final LexError err;

        Fail(LexError err) {
            super(err.error().getMessage(), null, false, false);
            this.err = err;
        }
    }

    private static Fail raised(PySyntaxError e) {
        return new Fail(new LexError(e, LexError.Priority.RAISED, 0));
    }

    private static Fail passive(PySyntaxError e) {
        return new Fail(new LexError(e, LexError.Priority.PASSIVE, 0));
    }

    /**
     * CPython's tokenizer syntaxerror(): the position is where the cursor stands, measured from the
     * start of the line of the last character read, used as a 1-based offset.
     */
    static PySyntaxError errorAtCur(SourceText src, String msg, int cur) {
        int line = src.lineOf(Math.max(0, cur - 1));
        int col = cur - src.lineStart(line);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, line, col, line, col);
    }

    private Fail raisedAt(String msg, int cur) {
        return raised(errorAtCur(src, msg, cur));
    }

    private int lineEndOffset(int line) {
        return src.lineText(line).length() + 1;
    }

    // ---- driver -------------------------------------------------------------------------------

    private void next() {
        FStringMode m = modes.peek();
        if (m != null && !m.regular) {
            fstringToken(m);
        } else {
            normalToken();
        }
    }

    private void emit(TokenType type, String text, int start, int end) {
        int line = src.lineOf(start);
        int endLine = type == TokenType.NEWLINE || end <= start ? line : src.lineOf(end);
        int col = start - src.lineStart(line);
        int endCol = end - src.lineStart(endLine);
        out.add(new Token(type, text, line, col, endLine, endCol, start, end));
    }

    private void emitAt(TokenType type, String text, int line, int col, int endLine, int endCol) {
        int start = src.lineStart(line) + col;
        out.add(new Token(type, text, line, col, endLine, endCol, start, start));
    }

    // ---- indentation --------------------------------------------------------------------------

    private void indentation() {
        int col = 0;
        int altcol = 0;
        int c;
        while (true) {
            c = src.at(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        blankLine = c == '#' || c == '\n';
        if (!blankLine && level == 0) {
            changeIndent(col, altcol);
        }
    }

    private void changeIndent(int col, int altcol) {
        int line = src.lineOf(pos);
        if (col == indStack[indent]) {
            if (altcol != altStack[indent]) {
                throw tabError(line);
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                throw passive(new PySyntaxError(PySyntaxError.Kind.IndentationError,
                        "too many levels of indentation", line, 1, line, 0));
            }
            if (altcol <= altStack[indent]) {
                throw tabError(line);
            }
            pendin++;
            indStack[++indent] = col;
            altStack[indent] = altcol;
        } else {
            while (indent > 0 && col < indStack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indStack[indent]) {
                throw passive(new PySyntaxError(PySyntaxError.Kind.IndentationError,
                        "unindent does not match any outer indentation level",
                        line, lineEndOffset(line), line, -1));
            }
            if (altcol != altStack[indent]) {
                throw tabError(line);
            }
        }
    }

    private Fail tabError(int line) {
        return passive(new PySyntaxError(PySyntaxError.Kind.TabError,
                "inconsistent use of tabs and spaces in indentation", line, 1, line, 0));
    }

    private void emitPending() {
        int line = src.lineOf(pos);
        int col = pos - src.lineStart(line);
        if (pos >= src.length()) {
            line = src.lineCount() + 1;
            col = 0;
        }
        if (pendin < 0) {
            pendin++;
            emitAt(TokenType.DEDENT, "", line, col, line, col);
        } else {
            pendin--;
            emitAt(TokenType.INDENT, "", line, col, line, col);
        }
    }

    // ---- regular mode -------------------------------------------------------------------------

    private void normalToken() {
        if (atBol) {
            atBol = false;
            if (pos < src.length()) {
                indentation();
            } else if (level == 0) {
                changeIndent(0, 0);
            }
        }
        if (pendin != 0) {
            emitPending();
            return;
        }
        skipSpaceAndComment();
        int c = src.at(pos);
        if (c == -1) {
            endOfFile();
        } else if (c == '\n') {
            newline();
        } else if (c == '\\') {
            continuation();
        } else if (CharClass.isIdentifierStart(c)) {
            nameOrString();
        } else if (CharClass.isDigit(c) || (c == '.' && CharClass.isDigit(src.at(pos + 1)))) {
            number();
        } else if (c == '\'' || c == '"') {
            string(pos, pos);
        } else {
            operator(c);
        }
    }

    private void skipSpaceAndComment() {
        commentStart = -1;
        while (true) {
            int c = src.at(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                commentStart = pos;
                while (src.at(pos) != '\n' && src.at(pos) != -1) {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void endOfFile() {
        if (level > 0) {
            throw unclosed();
        }
        int line = src.lineCount() + 1;
        emitAt(TokenType.ENDMARKER, "", line, 0, line, 0);
    }

    private Fail unclosed() {
        int start = parenStart[level - 1];
        int line = src.lineOf(start);
        int col = start - src.lineStart(line) + 1;
        PySyntaxError e = new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                "'" + (char) parenChar[level - 1] + "' was never closed", line, col, line, 0);
        return new Fail(new LexError(e, LexError.Priority.UNCLOSED, line));
    }

    private void newline() {
        int start = pos++;
        atBol = true;
        if (blankLine || level > 0) {
            return;
        }
        emit(TokenType.NEWLINE, "", commentStart >= 0 ? commentStart : start, start + 1);
    }

    private void continuation() {
        int line = src.lineOf(pos);
        if (src.at(pos + 1) != '\n') {
            int col = pos - src.lineStart(line) + 2;
            throw passive(new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "unexpected character after line continuation character", line, col, line, 0));
        }
        pos += 2;
        if (pos >= src.length()) {
            if (level > 0) {
                throw unclosed();
            }
            throw passive(new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "unexpected EOF while parsing", line, lineEndOffset(line), line, -1));
        }
    }

    private void number() {
        int start = pos;
        int end;
        try {
            end = NumberLexer.scan(src, start);
        } catch (PySyntaxError e) {
            throw raised(e);
        }
        pos = end;
        emit(TokenType.NUMBER, src.slice(start, end), start, end);
    }

    private void nameOrString() {
        int start = pos;
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            int c = src.at(pos);
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            int q = src.at(pos);
            if (q == '"' || q == '\'') {
                if (sawF) {
                    fstringStart(start, sawR);
                } else {
                    string(start, pos);
                }
                return;
            }
        }
        name(start);
    }

    private void name(int start) {
        boolean nonAscii = false;
        while (CharClass.isIdentifierChar(src.at(pos))) {
            nonAscii |= src.at(pos) >= 128;
            pos++;
        }
        String text = src.slice(start, pos);
        if (nonAscii) {
            verifyIdentifier(start);
            text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        }
        emit(TokenType.NAME, text, start, pos);
    }

    private void verifyIdentifier(int start) {
        for (int i = start; i < pos; i++) {
            int c = src.at(i);
            boolean ok = i == start ? CharClass.isXidStart(c) : CharClass.isXidContinue(c);
            if (!ok) {
                throw raisedAt(CharClass.invalidCharMessage(c), i + 1);
            }
        }
    }

    // ---- strings ------------------------------------------------------------------------------

    /** Scans a string whose token starts at {@code start} and whose opening quote is at {@code q}. */
    private void string(int start, int q) {
        int quote = src.at(q);
        int size = quoteSize(q, quote);
        pos = q + size;
        if (size == 1 && src.at(pos - 1) == quote && src.at(pos) == quote) {
            pos++;
            emit(TokenType.STRING, src.slice(start, pos), start, pos);
            return;
        }
        int endQuotes = 0;
        while (endQuotes != size) {
            int c = src.at(pos++);
            if (c == -1 || (size == 1 && c == '\n')) {
                throw unterminated(start, quote, size, c == -1 ? src.lineCount() : src.lineOf(pos - 1));
            }
            if (c == quote) {
                endQuotes++;
            } else {
                endQuotes = 0;
                if (c == '\\' && src.at(pos) != -1) {
                    pos++;
                }
            }
        }
        emit(TokenType.STRING, src.slice(start, pos), start, pos);
    }

    private int quoteSize(int q, int quote) {
        return src.at(q + 1) == quote && src.at(q + 2) == quote ? 3 : 1;
    }

    private Fail unterminated(int start, int quote, int size, int detectedLine) {
        FStringMode m = modes.peek();
        if (m != null && m.quote == quote && m.quoteSize == size) {
            return raisedAt("f-string: expecting '}'", start + 1);
        }
        String kind = size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return raisedAt(kind + " (detected at line " + detectedLine + ")", start + 1);
    }

    private void fstringStart(int start, boolean raw) {
        int quote = src.at(pos);
        int size = quoteSize(pos, quote);
        pos += size;
        if (modes.size() + 1 >= MAX_FSTRING_LEVEL) {
            throw raisedAt("too many nested f-strings", pos);
        }
        modes.push(new FStringMode(quote, size, raw, start));
        emit(TokenType.FSTRING_START, src.slice(start, pos), start, pos);
    }

    // ---- f-string literal parts ---------------------------------------------------------------

    private void fstringToken(FStringMode m) {
        if (atEndQuote(m)) {
            int start = pos;
            pos += m.quoteSize;
            modes.pop();
            emit(TokenType.FSTRING_END, src.slice(start, pos), start, pos);
            return;
        }
        int start = pos;
        StringBuilder text = new StringBuilder();
        while (!atEndQuote(m) && scanLiteral(m, text)) {
            // keep scanning literal text
        }
        if (pos > start) {
            emit(TokenType.FSTRING_MIDDLE, text.toString(), start, pos);
        }
    }

    private boolean atEndQuote(FStringMode m) {
        for (int i = 0; i < m.quoteSize; i++) {
            if (src.at(pos + i) != m.quote) {
                return false;
            }
        }
        return true;
    }

    /** Scans one piece of literal text; returns false when the literal run ends here. */
    private boolean scanLiteral(FStringMode m, StringBuilder text) {
        int c = src.at(pos);
        boolean inSpec = m.inFormatSpec && m.insideExpr();
        if (c == -1 || (m.quoteSize == 1 && c == '\n')) {
            return literalLineEnd(m, c, inSpec);
        }
        if (c == '{') {
            return openBrace(m, text, inSpec);
        }
        if (c == '}') {
            return closeBrace(m, text, inSpec);
        }
        if (c == '\\') {
            escape(m, text);
            return true;
        }
        text.appendCodePoint(c);
        pos++;
        return true;
    }

    private boolean literalLineEnd(FStringMode m, int c, boolean inSpec) {
        if (inSpec && c == '\n') {
            throw raisedAt("f-string: newlines are not allowed in format specifiers for single quoted f-strings",
                    pos + 1);
        }
        int detected = c == -1 ? src.lineCount() : src.lineOf(pos);
        String kind = m.quoteSize == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        throw raisedAt(kind + " (detected at line " + detected + ")", m.start + 1);
    }

    private boolean openBrace(FStringMode m, StringBuilder text, boolean inSpec) {
        if (!inSpec && src.at(pos + 1) == '{') {
            text.append('{');
            pos += 2;
            return true;
        }
        m.exprStartDepth++;
        if (m.exprStartDepth >= MAX_EXPR_NESTING) {
            throw raisedAt("f-string: expressions nested too deeply", pos);
        }
        m.regular = true;
        m.inFormatSpec = false;
        return false;
    }

    private boolean closeBrace(FStringMode m, StringBuilder text, boolean inSpec) {
        if (!inSpec && m.depth == 0 && src.at(pos + 1) == '}') {
            text.append('}');
            pos += 2;
            return true;
        }
        m.regular = true;
        m.inFormatSpec = false;
        return false;
    }

    private void escape(FStringMode m, StringBuilder text) {
        int peek = src.at(pos + 1);
        text.append('\\');
        pos++;
        if (peek == '{' || peek == '}' || peek == -1) {
            return;
        }
        if (!m.raw && peek == 'N' && src.at(pos + 1) == '{') {
            while (src.at(pos) != '}' && src.at(pos) != -1 && src.at(pos) != '\n' && src.at(pos) != m.quote) {
                text.appendCodePoint(src.at(pos++));
            }
            if (src.at(pos) == '}') {
                text.append('}');
                pos++;
            }
            return;
        }
        text.appendCodePoint(peek);
        pos++;
    }

    // ---- operators ----------------------------------------------------------------------------

    private static final String[] THREE = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] TWO = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="};

    private void operator(int c) {
        if (!CharClass.isPrintable(c)) {
            throw raisedAt(CharClass.invalidCharMessage(c), pos + 1);
        }
        FStringMode m = modes.peek();
        if (m != null && m.insideExpr() && c == ':' && formatSpecColon(m)) {
            return;
        }
        String op = longestOperator();
        int start = pos;
        pos += op.length();
        if (op.length() == 1) {
            bracket(op.charAt(0), start);
        }
        emit(TokenType.OP, op, start, pos);
        if (op.equals("}") && m != null) {
            closeField(m);
        }
    }

    private boolean formatSpecColon(FStringMode m) {
        int cursor = m.depth - 1;
        if (cursor != m.exprStartDepth) {
            return false;
        }
        m.regular = false;
        m.inFormatSpec = true;
        emit(TokenType.OP, ":", pos, pos + 1);
        pos++;
        return true;
    }

    private String longestOperator() {
        for (String op : THREE) {
            if (matches(op)) {
                return op;
            }
        }
        for (String op : TWO) {
            if (matches(op)) {
                return op;
            }
        }
        return new String(Character.toChars(src.at(pos)));
    }

    private boolean matches(String op) {
        for (int i = 0; i < op.length(); i++) {
            if (src.at(pos + i) != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void bracket(char c, int start) {
        switch (c) {
            case '(', '[', '{' -> openBracket(c, start);
            case ')', ']', '}' -> closeBracket(c, start);
            default -> { }
        }
    }

    private void openBracket(char c, int start) {
        if (level >= MAX_LEVEL) {
            throw raisedAt("too many nested parentheses", start + 1);
        }
        parenChar[level] = c;
        parenStart[level] = start;
        level++;
        FStringMode m = modes.peek();
        if (m != null) {
            m.depth++;
        }
    }

    private void closeBracket(char c, int start) {
        FStringMode m = modes.peek();
        if (m != null && m.depth == 0 && c == '}') {
            throw raisedAt("f-string: single '}' is not allowed", start + 1);
        }
        if (level == 0) {
            throw raisedAt("unmatched '" + c + "'", start + 1);
        }
        level--;
        int opening = parenChar[level];
        if (!matchesBracket(opening, c)) {
            throw mismatch(m, opening, c, start);
        }
        if (m != null) {
            m.depth--;
            if (m.depth < 0) {
                throw raisedAt("f-string: unmatched '" + c + "'", start + 1);
            }
        }
    }

    private Fail mismatch(FStringMode m, int opening, char c, int start) {
        if (m != null && opening == '{' && m.depth - 1 == m.exprStartDepth) {
            return raisedAt("f-string: unmatched '" + c + "'", start + 1);
        }
        int openLine = src.lineOf(parenStart[level]);
        String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) opening + "'";
        if (openLine != src.lineOf(start)) {
            msg += " on line " + openLine;
        }
        return raisedAt(msg, start + 1);
    }

    private static boolean matchesBracket(int opening, char c) {
        return (opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}');
    }

    private void closeField(FStringMode m) {
        if (m.depth == m.exprStartDepth) {
            m.exprStartDepth--;
            m.regular = false;
            m.inFormatSpec = false;
        }
    }
}
