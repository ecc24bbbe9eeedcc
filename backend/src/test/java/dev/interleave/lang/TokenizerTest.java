package dev.interleave.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Token streams compared with CPython 3.13's tokenize module (NL and COMMENT tokens, which the
 * parser never sees, left out; FSTRING_MIDDLE checked separately).
 */
class TokenizerTest {

    private record Case(String name, String source, String expected) {}

    private static final List<Case> CASES = List.of(
            new Case("indentation", "if x:\n    y = 1\n    if z:\n        w\n\n    # comment\nv\n",
                    "NAME if 1:0-1:2\nNAME x 1:3-1:4\nOP : 1:4-1:5\nNEWLINE  1:5-1:6\nINDENT\nNAME y 2:4-2:5\nOP = 2:6-2:7\nNUMBER 1 2:8-2:9\nNEWLINE  2:9-2:10\nNAME if 3:4-3:6\nNAME z 3:7-3:8\nOP : 3:8-3:9\nNEWLINE  3:9-3:10\nINDENT\nNAME w 4:8-4:9\nNEWLINE  4:9-4:10\nDEDENT\nDEDENT\nNAME v 7:0-7:1\nNEWLINE  7:1-7:2\nENDMARKER"),
            new Case("tabs", "if x:\n\ty\n\tif z:\n\t\tw\n",
                    "NAME if 1:0-1:2\nNAME x 1:3-1:4\nOP : 1:4-1:5\nNEWLINE  1:5-1:6\nINDENT\nNAME y 2:1-2:2\nNEWLINE  2:2-2:3\nNAME if 3:1-3:3\nNAME z 3:4-3:5\nOP : 3:5-3:6\nNEWLINE  3:6-3:7\nINDENT\nNAME w 4:2-4:3\nNEWLINE  4:3-4:4\nDEDENT\nDEDENT\nENDMARKER"),
            new Case("blank and comment lines", "x = 1\n\n   \n  # c\n\ny = 2\n",
                    "NAME x 1:0-1:1\nOP = 1:2-1:3\nNUMBER 1 1:4-1:5\nNEWLINE  1:5-1:6\nNAME y 6:0-6:1\nOP = 6:2-6:3\nNUMBER 2 6:4-6:5\nNEWLINE  6:5-6:6\nENDMARKER"),
            new Case("implicit joining", "x = (1,\n  2,\n      3)\ny = [\n]\n",
                    "NAME x 1:0-1:1\nOP = 1:2-1:3\nOP ( 1:4-1:5\nNUMBER 1 1:5-1:6\nOP , 1:6-1:7\nNUMBER 2 2:2-2:3\nOP , 2:3-2:4\nNUMBER 3 3:6-3:7\nOP ) 3:7-3:8\nNEWLINE  3:8-3:9\nNAME y 4:0-4:1\nOP = 4:2-4:3\nOP [ 4:4-4:5\nOP ] 5:0-5:1\nNEWLINE  5:1-5:2\nENDMARKER"),
            new Case("backslash continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
                    "NAME x 1:0-1:1\nOP = 1:2-1:3\nNUMBER 1 1:4-1:5\nOP + 1:6-1:7\nNUMBER 2 2:4-2:5\nNEWLINE  2:5-2:6\nNAME if 3:0-3:2\nNAME a 3:3-3:4\nNAME and 3:5-3:8\nNAME b 4:3-4:4\nOP : 4:4-4:5\nNEWLINE  4:5-4:6\nINDENT\nNAME pass 5:4-5:8\nNEWLINE  5:8-5:9\nDEDENT\nENDMARKER"),
            new Case("no trailing newline", "x = 1",
                    "NAME x 1:0-1:1\nOP = 1:2-1:3\nNUMBER 1 1:4-1:5\nNEWLINE  1:5-1:6\nENDMARKER"),
            new Case("operators", "a **= b //= c >>= d <<= e != f := g -> h ... i @= j % k ^ l | m & n ~ o\n",
                    "NAME a 1:0-1:1\nOP **= 1:2-1:5\nNAME b 1:6-1:7\nOP //= 1:8-1:11\nNAME c 1:12-1:13\nOP >>= 1:14-1:17\nNAME d 1:18-1:19\nOP <<= 1:20-1:23\nNAME e 1:24-1:25\nOP != 1:26-1:28\nNAME f 1:29-1:30\nOP := 1:31-1:33\nNAME g 1:34-1:35\nOP -> 1:36-1:38\nNAME h 1:39-1:40\nOP ... 1:41-1:44\nNAME i 1:45-1:46\nOP @= 1:47-1:49\nNAME j 1:50-1:51\nOP % 1:52-1:53\nNAME k 1:54-1:55\nOP ^ 1:56-1:57\nNAME l 1:58-1:59\nOP | 1:60-1:61\nNAME m 1:62-1:63\nOP & 1:64-1:65\nNAME n 1:66-1:67\nOP ~ 1:68-1:69\nNAME o 1:70-1:71\nNEWLINE  1:71-1:72\nENDMARKER"),
            new Case("numbers", "0 1 0x_Ff 0o17 0B1010 1_000 1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1e1_0 007.5 00\n",
                    "NUMBER 0 1:0-1:1\nNUMBER 1 1:2-1:3\nNUMBER 0x_Ff 1:4-1:9\nNUMBER 0o17 1:10-1:14\nNUMBER 0B1010 1:15-1:21\nNUMBER 1_000 1:22-1:27\nNUMBER 1.5 1:28-1:31\nNUMBER .5 1:32-1:34\nNUMBER 5. 1:35-1:37\nNUMBER 1e10 1:38-1:42\nNUMBER 1E-5 1:43-1:47\nNUMBER 1.5e+3 1:48-1:54\nNUMBER 1_0.0_1e1_0 1:55-1:66\nNUMBER 007.5 1:67-1:72\nNUMBER 00 1:73-1:75\nNEWLINE  1:75-1:76\nENDMARKER"),
            new Case("string prefixes", "r'a' b'b' rb'c' bR'd' Rb'e' BR'f' u'g' U'h' R'i'\n",
                    "STRING r'a' 1:0-1:4\nSTRING b'b' 1:5-1:9\nSTRING rb'c' 1:10-1:15\nSTRING bR'd' 1:16-1:21\nSTRING Rb'e' 1:22-1:27\nSTRING BR'f' 1:28-1:33\nSTRING u'g' 1:34-1:38\nSTRING U'h' 1:39-1:43\nSTRING R'i' 1:44-1:48\nNEWLINE  1:48-1:49\nENDMARKER"),
            new Case("quotes", "'a' \"b\" '''c\nd''' \"\"\"e\"f\"\"\" '' \"\" '\\'' \"\\\"\"\n",
                    "STRING 'a' 1:0-1:3\nSTRING \"b\" 1:4-1:7\nSTRING '''c\nd''' 1:8-2:4\nSTRING \"\"\"e\"f\"\"\" 2:5-2:14\nSTRING '' 2:15-2:17\nSTRING \"\" 2:18-2:20\nSTRING '\\'' 2:21-2:25\nSTRING \"\\\"\" 2:26-2:30\nNEWLINE  2:30-2:31\nENDMARKER"),
            new Case("string continuation", "'ab\\\ncd'\n",
                    "STRING 'ab\\\ncd' 1:0-2:3\nNEWLINE  2:3-2:4\nENDMARKER"),
            new Case("f-string tokens", "f'a{b!r:>{c}}d' rf'{x}' F\"{y=}\" fR'''{z}'''\n",
                    "FSTRING_START f' 1:0-1:2\nOP { 1:3-1:4\nNAME b 1:4-1:5\nOP ! 1:5-1:6\nNAME r 1:6-1:7\nOP : 1:7-1:8\nOP { 1:9-1:10\nNAME c 1:10-1:11\nOP } 1:11-1:12\nOP } 1:12-1:13\nFSTRING_END ' 1:14-1:15\nFSTRING_START rf' 1:16-1:19\nOP { 1:19-1:20\nNAME x 1:20-1:21\nOP } 1:21-1:22\nFSTRING_END ' 1:22-1:23\nFSTRING_START F\" 1:24-1:26\nOP { 1:26-1:27\nNAME y 1:27-1:28\nOP = 1:28-1:29\nOP } 1:29-1:30\nFSTRING_END \" 1:30-1:31\nFSTRING_START fR''' 1:32-1:37\nOP { 1:37-1:38\nNAME z 1:38-1:39\nOP } 1:39-1:40\nFSTRING_END ''' 1:40-1:43\nNEWLINE  1:43-1:44\nENDMARKER"),
            new Case("nested f-strings", "f\"{f'{x}'}\" f'{\"a\"}' f'{f\"{f'{1}'}\"}'\n",
                    "FSTRING_START f\" 1:0-1:2\nOP { 1:2-1:3\nFSTRING_START f' 1:3-1:5\nOP { 1:5-1:6\nNAME x 1:6-1:7\nOP } 1:7-1:8\nFSTRING_END ' 1:8-1:9\nOP } 1:9-1:10\nFSTRING_END \" 1:10-1:11\nFSTRING_START f' 1:12-1:14\nOP { 1:14-1:15\nSTRING \"a\" 1:15-1:18\nOP } 1:18-1:19\nFSTRING_END ' 1:19-1:20\nFSTRING_START f' 1:21-1:23\nOP { 1:23-1:24\nFSTRING_START f\" 1:24-1:26\nOP { 1:26-1:27\nFSTRING_START f' 1:27-1:29\nOP { 1:29-1:30\nNUMBER 1 1:30-1:31\nOP } 1:31-1:32\nFSTRING_END ' 1:32-1:33\nOP } 1:33-1:34\nFSTRING_END \" 1:34-1:35\nOP } 1:35-1:36\nFSTRING_END ' 1:36-1:37\nNEWLINE  1:37-1:38\nENDMARKER"),
            new Case("f-string escapes", "f'{{x}} {y}'\n",
                    "FSTRING_START f' 1:0-1:2\nOP { 1:8-1:9\nNAME y 1:9-1:10\nOP } 1:10-1:11\nFSTRING_END ' 1:11-1:12\nNEWLINE  1:12-1:13\nENDMARKER"),
            new Case("unicode names", "\u03c0 = caf\u00e9 + \u65e5\u672c\n",
                    "NAME \u03c0 1:0-1:1\nOP = 1:2-1:3\nNAME caf\u00e9 1:4-1:8\nOP + 1:9-1:10\nNAME \u65e5\u672c 1:11-1:13\nNEWLINE  1:13-1:14\nENDMARKER"),
            new Case("keywords are names", "if not x is None: pass\n",
                    "NAME if 1:0-1:2\nNAME not 1:3-1:6\nNAME x 1:7-1:8\nNAME is 1:9-1:11\nNAME None 1:12-1:16\nOP : 1:16-1:17\nNAME pass 1:18-1:22\nNEWLINE  1:22-1:23\nENDMARKER"),
            new Case("dedent to outer level", "class A:\n    def f(self):\n        pass\nx = 1\n",
                    "NAME class 1:0-1:5\nNAME A 1:6-1:7\nOP : 1:7-1:8\nNEWLINE  1:8-1:9\nINDENT\nNAME def 2:4-2:7\nNAME f 2:8-2:9\nOP ( 2:9-2:10\nNAME self 2:10-2:14\nOP ) 2:14-2:15\nOP : 2:15-2:16\nNEWLINE  2:16-2:17\nINDENT\nNAME pass 3:8-3:12\nNEWLINE  3:12-3:13\nDEDENT\nDEDENT\nNAME x 4:0-4:1\nOP = 4:2-4:3\nNUMBER 1 4:4-4:5\nNEWLINE  4:5-4:6\nENDMARKER"),
            new Case("form feed resets column", "x = 1\n\fy = 2\n",
                    "NAME x 1:0-1:1\nOP = 1:2-1:3\nNUMBER 1 1:4-1:5\nNEWLINE  1:5-1:6\nNAME y 2:1-2:2\nOP = 2:3-2:4\nNUMBER 2 2:5-2:6\nNEWLINE  2:6-2:7\nENDMARKER"),
            new Case("crlf newlines", "x = 1\r\ny = 2\r\n",
                    "NAME x 1:0-1:1\nOP = 1:2-1:3\nNUMBER 1 1:4-1:5\nNEWLINE  1:5-1:6\nNAME y 2:0-2:1\nOP = 2:2-2:3\nNUMBER 2 2:4-2:5\nNEWLINE  2:5-2:6\nENDMARKER")
    );

    static String render(List<Token> tokens) {
        return tokens.stream().filter(t -> t.type() != TokenType.FSTRING_MIDDLE).map(t -> switch (t.type()) {
            case INDENT, DEDENT, ENDMARKER -> t.type().name();
            case NEWLINE -> "NEWLINE  " + pos(t);
            case NUMBER, STRING, FSTRING_START, FSTRING_END -> t.type() + " " + t.text() + " " + pos(t);
            default -> (t.type() == TokenType.OP ? "OP" : t.type().name()) + " " + t.text() + " " + pos(t);
        }).collect(Collectors.joining("\n"));
    }

    private static String pos(Token t) {
        return t.line() + ":" + t.col() + "-" + t.endLine() + ":" + t.endCol();
    }

    @TestFactory
    Stream<DynamicTest> tokensMatchCPython() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Tokenizer.Result r = Tokenizer.tokenize(c.source());
            assertNull(r.error());
            assertEquals(c.expected(), render(r.tokens()));
        }));
    }

    private static List<String> middles(String src) {
        return Tokenizer.tokenize(src).tokens().stream().filter(t -> t.type() == TokenType.FSTRING_MIDDLE)
                .map(Token::text).toList();
    }

    @Test
    void fstringMiddlesUndoubleBraces() {
        assertEquals(List.of("{x} ", " }"), middles("f'{{x}} {y} }}'\n"));
        assertEquals(List.of(">", ".2f"), middles("f'{a:>{w}.2f}'\n"));
        assertEquals(List.of("\\N{BULLET} "), middles("f'\\N{BULLET} {x}'\n"));
    }

    @Test
    void namesAreNfkcNormalized() {
        assertEquals("fi", Tokenizer.tokenize("\ufb01 = 1\n").tokens().get(0).text());
    }

    private static String error(String src) {
        PySyntaxError e = Tokenizer.tokenize(src).error().error();
        return e.kind() + "|" + e.msg() + "|" + e.line() + "|" + e.col() + "|" + e.endLine() + "|" + e.endCol();
    }

    @Test
    void errorsMatchCPython() {
        assertEquals("SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5", error("x = 'abc\n"));
        assertEquals("SyntaxError|unterminated triple-quoted string literal (detected at line 2)|1|1|1|1",
                error("\"\"\"abc\n\n"));
        assertEquals("SyntaxError|invalid decimal literal|1|5|1|5", error("x = 1abc"));
        assertEquals("SyntaxError|invalid hexadecimal literal|1|6|1|6", error("x = 0x"));
        assertEquals("SyntaxError|invalid digit '8' in octal literal|1|5|1|5", error("x=0o8"));
        assertEquals("SyntaxError|leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers|1|3|1|4", error("x=012"));
        assertEquals("SyntaxError|invalid character '\u20ac' (U+20AC)|2|1|2|1", error("x = 1\n\u20ac"));
        assertEquals("SyntaxError|invalid non-printable character U+00A0|1|2|1|2", error("a\u00a0b"));
        assertEquals("SyntaxError|'(' was never closed|1|5|1|0", error("x = (1,\n2"));
        assertEquals("SyntaxError|unmatched ')'|1|1|1|1", error(")"));
        assertEquals("SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 1|2|1|2|1",
                error("(\n]"));
        assertEquals("SyntaxError|unexpected character after line continuation character|1|8|1|0",
                error("x = 1 \\ # c\n"));
        assertEquals("SyntaxError|unexpected EOF while parsing|2|2|2|-1", error("x = 1\n\\\n"));
        assertEquals("IndentationError|unindent does not match any outer indentation level|3|4|3|-1",
                error("if x:\n    y\n  z"));
        assertEquals("TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0",
                error("if x:\n\ty\n        z"));
        assertEquals("SyntaxError|f-string: single '}' is not allowed|1|4|1|4", error("f\"a}b\""));
        assertEquals("SyntaxError|f-string: expecting '}'|1|5|1|5", error("f\"{x\""));
        assertEquals("SyntaxError|unterminated f-string literal (detected at line 1)|1|1|1|1", error("f\"abc"));
        assertEquals("SyntaxError|f-string: expressions nested too deeply|1|11|1|11", error("f\"{x:{y:{z:{w}}}}\""));
        assertEquals("SyntaxError|too many nested parentheses|1|205|1|205", error("x = " + "[".repeat(201)));
    }
}
