package dev.interleave.lang;

import java.util.ArrayList;
import java.util.List;

/** import and from-import statements. */
final class ImportParser {
    private final StmtParser ps;

    ImportParser(StmtParser ps) {
        this.ps = ps;
    }

    Stmt importName() {
        Token imp = ps.next();
        if (ps.at(TokenType.NEWLINE)) {
            throw ps.errorFrom("Expected one or more names after 'import'", ps.peek().pos());
        }
        List<Node.Alias> names = new ArrayList<>();
        do {
            names.add(dottedAsName());
        } while (ps.accept(","));
        if (ps.at("from")) {
            ps.next();
            if (ps.attempt(this::dottedName)) {
                throw ps.errorFrom("Did you mean to use 'from ... import ...' instead?", imp.pos());
            }
            throw ParserBase.fail();
        }
        return new Stmt.Import(names, ps.from(imp));
    }

    private Node.Alias dottedAsName() {
        Token start = ps.peek();
        String name = dottedName();
        String as = ps.accept("as") ? ps.expectName().text() : null;
        return new Node.Alias(name, as, ps.from(start));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(ps.expectName().text());
        while (ps.at(".")) {
            ps.next();
            sb.append('.').append(ps.expectName().text());
        }
        return sb.toString();
    }

    Stmt importFrom() {
        Token from = ps.next();
        int level = 0;
        while (ps.at(".") || ps.at("...")) {
            level += ps.next().text().length();
        }
        String module = null;
        if (level == 0 || !ps.at("import")) {
            module = dottedName();
        }
        ps.expect("import");
        List<Node.Alias> names = targets();
        return new Stmt.ImportFrom(module, names, level, ps.from(from));
    }

    private List<Node.Alias> targets() {
        if (ps.at("*")) {
            Token star = ps.next();
            return List.of(new Node.Alias("*", null, star.pos()));
        }
        if (ps.at(TokenType.NEWLINE)) {
            throw ps.errorFrom("Expected one or more names after 'import'", ps.peek().pos());
        }
        boolean paren = ps.accept("(");
        List<Node.Alias> names = new ArrayList<>();
        do {
            if (paren && ps.at(")") && !names.isEmpty()) {
                break;
            }
            if (!paren && ps.at(TokenType.NEWLINE) && !names.isEmpty()) {
                throw ps.errorAtLast("trailing comma not allowed without surrounding parentheses");
            }
            names.add(asName());
        } while (ps.accept(","));
        if (paren) {
            ps.expect(")");
        }
        return names;
    }

    private Node.Alias asName() {
        Token name = ps.expectName();
        String as = ps.accept("as") ? ps.expectName().text() : null;
        return new Node.Alias(name.text(), as, ps.from(name));
    }
}
