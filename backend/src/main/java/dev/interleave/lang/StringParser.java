package dev.interleave.lang;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Adjacent string literals and f-strings (PEP 701 grammar), concatenated as CPython does. */
final class StringParser {
    private final ExprParser ps;

    StringParser(ExprParser ps) {
        this.ps = ps;
    }

    /** Pieces of one concatenation: Constant strings (merged later) and FormattedValues. */
    private static final class Pieces {
        final List<Expr> values = new ArrayList<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean anyBytes;
        boolean anyStr;
        boolean anyF;
    }

    Expr strings() {
        Token first = ps.peek();
        Pieces pc = new Pieces();
        while (ps.at(TokenType.STRING) || ps.at(TokenType.FSTRING_START)) {
            if (ps.at(TokenType.STRING)) {
                plain(pc, ps.next());
            } else {
                pc.anyF = true;
                fstring(pc.values);
            }
        }
        Pos pos = ps.from(first);
        if (pc.anyBytes && (pc.anyStr || pc.anyF)) {
            throw ps.errorAtLast("cannot mix bytes and nonbytes literals");
        }
        if (pc.anyBytes) {
            return new Expr.Constant(pc.bytes.toByteArray(), pos);
        }
        List<Expr> merged = merge(pc.values);
        if (!pc.anyF) {
            String s = merged.isEmpty() ? "" : (String) ((Expr.Constant) merged.get(0)).value();
            return new Expr.Constant(s, pos);
        }
        return new Expr.JoinedStr(merged, pos);
    }

    private void plain(Pieces pc, Token t) {
        String text = t.text();
        int q = 0;
        boolean raw = false;
        boolean isBytes = false;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            char c = Character.toLowerCase(text.charAt(q++));
            raw |= c == 'r';
            isBytes |= c == 'b';
        }
        int qs = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
        String body = text.substring(q + qs, text.length() - qs);
        if (isBytes) {
            pc.anyBytes = true;
            byte[] b = decodeBytes(body, raw, t);
            pc.bytes.write(b, 0, b.length);
        } else {
            pc.anyStr = true;
            pc.values.add(new Expr.Constant(decodeStr(body, raw, t.pos()), t.pos()));
        }
    }

    private static byte[] decodeBytes(String body, boolean raw, Token t) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) {
                throw ParserBase.error("bytes can only contain ASCII literal characters", t.pos());
            }
        }
        if (raw) {
            byte[] b = new byte[body.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) body.charAt(i);
            }
            return b;
        }
        try {
            return StringDecoder.decodeBytes(body);
        } catch (StringDecoder.EscapeError e) {
            throw ParserBase.error(e.getMessage(), t.pos());
        }
    }

    private static String decodeStr(String body, boolean raw, Pos at) {
        if (raw) {
            return body;
        }
        try {
            return StringDecoder.decodeStr(body);
        } catch (StringDecoder.EscapeError e) {
            throw ParserBase.error(e.getMessage(), at);
        }
    }

    /** Merges adjacent Constant pieces and drops empty ones. */
    private static List<Expr> merge(List<Expr> values) {
        List<Expr> out = new ArrayList<>();
        StringBuilder sb = null;
        Pos start = null;
        Pos end = null;
        for (Expr v : values) {
            if (v instanceof Expr.Constant c) {
                if (sb == null) {
                    sb = new StringBuilder();
                    start = c.pos();
                }
                sb.append((String) c.value());
                end = c.pos();
            } else {
                flush(out, sb, start, end);
                sb = null;
                out.add(v);
            }
        }
        flush(out, sb, start, end);
        return out;
    }

    private static void flush(List<Expr> out, StringBuilder sb, Pos start, Pos end) {
        if (sb != null && !sb.isEmpty()) {
            out.add(new Expr.Constant(sb.toString(), Pos.span(start, end)));
        }
    }

    // ---- f-strings ----------------------------------------------------------------------------

    private void fstring(List<Expr> values) {
        Token start = ps.next();
        boolean raw = start.text().toLowerCase().indexOf('r') >= 0;
        String pendingError = null;
        while (!ps.at(TokenType.FSTRING_END)) {
            if (ps.at(TokenType.FSTRING_MIDDLE)) {
                Token m = ps.next();
                try {
                    String v = raw ? m.text() : StringDecoder.decodeStr(m.text());
                    values.add(new Expr.Constant(v, m.pos()));
                } catch (StringDecoder.EscapeError e) {
                    pendingError = pendingError == null ? e.getMessage() : pendingError;
                }
            } else if (ps.at("{")) {
                values.add(field(raw, values));
            } else {
                throw ParserBase.fail();
            }
        }
        Token end = ps.next();
        if (pendingError != null) {
            throw ParserBase.error(pendingError, end.pos());
        }
    }

    private Expr field(boolean raw, List<Expr> parts) {
        Token lb = ps.next();
        ps.nest++;
        checkFieldStart();
        Expr value = ps.annotatedRhs();
        Expr debug = null;
        if (ps.at("=")) {
            ps.next();
            Token after = ps.peek();
            debug = new Expr.Constant(withoutComments(ps.src.slice(lb.end(), after.start())),
                    new Pos(lb.endLine(), lb.endCol(), after.line(), after.col()));
        }
        int conversion = conversion(debug != null);
        Expr spec = ps.at(":") ? formatSpec(raw) : null;
        if (!ps.at("}")) {
            throw ParserBase.error(expectingMessage(debug != null, conversion, spec), ps.peek().pos());
        }
        Token rb = ps.next();
        ps.nest--;
        if (debug != null) {
            parts.add(debug);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(value, conversion, spec, ParserBase.span(lb, rb));
    }

    /** The text of a self-documenting expression, with comments removed as CPython does. */
    private static String withoutComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < text.length()) {
                    sb.append('\n');
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private void checkFieldStart() {
        Token t = ps.peek();
        for (String s : new String[] {"=", "!", ":", "}"}) {
            if (t.is(s)) {
                throw ParserBase.error("f-string: valid expression required before '" + s + "'", t.pos());
            }
        }
        if (!ExprParser.startsExpression(t) && !t.is("yield")) {
            throw ParserBase.error("f-string: expecting a valid expression after '{'", t.pos());
        }
    }

    private static String expectingMessage(boolean debug, int conversion, Expr spec) {
        if (spec != null) {
            return "f-string: expecting '}', or format specs";
        }
        if (conversion != -1) {
            return "f-string: expecting ':' or '}'";
        }
        if (debug) {
            return "f-string: expecting '!', or ':', or '}'";
        }
        return "f-string: expecting '=', or '!', or ':', or '}'";
    }

    private int conversion(boolean debug) {
        if (!ps.at("!")) {
            return -1;
        }
        ps.next();
        Token n = ps.peek();
        if (n.is(":") || n.is("}")) {
            throw ParserBase.error("f-string: missing conversion character", n.pos());
        }
        if (n.type() != TokenType.NAME) {
            throw ParserBase.error("f-string: invalid conversion character", n.pos());
        }
        ps.next();
        if (!n.text().equals("s") && !n.text().equals("r") && !n.text().equals("a")) {
            throw ParserBase.error("f-string: invalid conversion character '" + n.text()
                    + "': expected 's', 'r', or 'a'", n.pos());
        }
        return n.text().charAt(0);
    }

    private Expr formatSpec(boolean raw) {
        Token colon = ps.next();
        List<Expr> parts = new ArrayList<>();
        while (!ps.at("}")) {
            if (ps.at(TokenType.FSTRING_MIDDLE)) {
                Token m = ps.next();
                String v = raw ? m.text() : decodeStr(m.text(), false, m.pos());
                parts.add(new Expr.Constant(v, m.pos()));
            } else if (ps.at("{")) {
                parts.add(field(raw, parts));
            } else {
                throw ParserBase.error("f-string: expecting '}', or format specs", ps.peek().pos());
            }
        }
        return new Expr.JoinedStr(merge(parts), ps.from(colon));
    }
}
