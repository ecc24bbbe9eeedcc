package dev.interleave.vm;

import static dev.interleave.vm.LibraryHarness.f;
import static dev.interleave.vm.LibraryHarness.i;
import static dev.interleave.vm.LibraryHarness.list;
import static dev.interleave.vm.LibraryHarness.s;
import static dev.interleave.vm.LibraryHarness.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * str methods. The table holds random strings (ASCII, whitespace and line breaks, accented and
 * cased letters, digits of other scripts, an emoji outside the BMP) with random arguments,
 * recorded from CPython 3.13: receiver, method, arguments (space separated; n: None), and the
 * repr of the result or "!Type: message".
 */
class StrMethodsTest {

    private final LibraryHarness h = new LibraryHarness();

    static Stream<Arguments> cpythonTable() {
        return Arrays.stream(TABLE).map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    private static PyObject arg(String enc) {
        String e = enc.replace('\u0001', ' ');
        return e.equals("n:") ? PyNone.NONE : LibraryHarness.decode(e);
    }

    @ParameterizedTest(name = "{0}.{1}({2})")
    @MethodSource("cpythonTable")
    void matchesCPython(String self, String method, String args, String expected) {
        PyObject[] a = args.isEmpty() ? new PyObject[0]
                : Arrays.stream(args.split(" ")).map(StrMethodsTest::arg).toArray(PyObject[]::new);
        PyObject receiver = LibraryHarness.decode(self);
        assertEquals(expected, h.outcome(() -> h.method(receiver, method, a)));
    }

    private static PyDict kw(Object... pairs) {
        PyDict d = new PyDict();
        for (int k = 0; k < pairs.length; k += 2) {
            d.putStr((String) pairs[k], (PyObject) pairs[k + 1]);
        }
        return d;
    }

    private static PyDict dictOf(Object... pairs) {
        return kw(pairs);
    }

    private void check(String expected, String format, PyObject[] args, PyDict kwargs) {
        int nkw = kwargs == null ? 0 : kwargs.size();
        PyObject[] all = Arrays.copyOf(args, args.length + nkw);
        String[] names = nkw == 0 ? null : new String[nkw];
        if (kwargs != null) {
            PyObject[] keys = kwargs.keysArray();
            for (int k = 0; k < nkw; k++) {
                names[k] = ((PyStr) keys[k]).value;
                all[args.length + k] = kwargs.getStr(names[k]);
            }
        }
        assertEquals(expected, h.outcome(() -> h.methodKw(s(format), "format", names, all)), format);
    }

    @Test
    void formatMatchesCPython() {
        check("'a 1'", "{} {}", new PyObject[] {s("a"), i(1)}, null);
        check("'b a'", "{1} {0}", new PyObject[] {s("a"), s("b")}, null);
        check("\"   'x'\"", "{0!r:>6}", new PyObject[] {s("x")}, null);
        check("'    3'", "{:{}}", new PyObject[] {i(3), i(5)}, null);
        check("'   a'", "{:>{w}}", new PyObject[] {s("a")}, kw("w", i(4), "fill", s("*")));
        check("'6'", "{0[1]}", new PyObject[] {list(i(5), i(6))}, null);
        check("'3.14'", "{0:.{1}f}", new PyObject[] {f(3.14159), i(2)}, null);
        check("'1,234,567 ffff'", "{:,} {:_x}", new PyObject[] {i(1234567), i(65535)}, null);
        check("'{} 7'", "{{}} {}", new PyObject[] {i(7)}, null);
        check("'25.000000%'", "{:%}", new PyObject[] {f(0.25)}, null);
        check("'   ab    |ab  |'", "{0:^9}|{0:<4}|", new PyObject[] {s("ab")}, null);
        check("!ValueError: Single '{' encountered in format string", "{}{", new PyObject[] {i(1)}, null);
        check("!ValueError: Single '}' encountered in format string", "}", new PyObject[] {}, null);
        check("!ValueError: cannot switch from manual field specification to automatic field numbering", "{0}{}", new PyObject[] {i(1), i(2)}, null);
        check("!ValueError: cannot switch from automatic field numbering to manual field specification", "{}{0}", new PyObject[] {i(1), i(2)}, null);
        check("!IndexError: Replacement index 2 out of range for positional args tuple", "{2}", new PyObject[] {i(1), i(2)}, null);
        check("!ValueError: Unknown conversion specifier x", "{!x}", new PyObject[] {i(1)}, null);
        check("!ValueError: unmatched '{' in format spec", "{0!}", new PyObject[] {i(1)}, null);
        check("!ValueError: Max string recursion exceeded", "{:{:{}}}", new PyObject[] {i(1), i(2), i(3)}, null);
        check("!KeyError: 'a'", "{a}", new PyObject[] {}, null);
        check("'5'", "{0.real}", new PyObject[] {i(5)}, null);
        check("'9'", "{0[x]}", new PyObject[] {dictOf("x", i(9))}, null);
        check("'h'", "{0[0]}", new PyObject[] {s("hello")}, null);
        check("\"'\\\\xe9'\"", "{0!a}", new PyObject[] {s("\u00e9")}, null);
        check("'None |'", "{!s:5}|", new PyObject[] {PyNone.NONE}, null);
        check("!ValueError: Unknown format code 'd' for object of type 'str'", "{:d}", new PyObject[] {s("a")}, null);
        check("!ValueError: Unknown format code 's' for object of type 'int'", "{:s}", new PyObject[] {i(5)}, null);
        check("'    42'", "{0:{1}{2}}", new PyObject[] {i(42), s(">"), i(6)}, null);
        check("!ValueError: expected '}' before end of string", "{[}", new PyObject[] {i(1)}, null);
        check("!ValueError: expected '}' before end of string", "{0[1}", new PyObject[] {i(1)}, null);
        check("!ValueError: Empty attribute in format string", "{0.}", new PyObject[] {i(1)}, null);
        check("!ValueError: Empty attribute in format string", "{0[]}", new PyObject[] {i(1)}, null);
        check("!KeyError: '0]'", "{0]}", new PyObject[] {i(1)}, null);
        check("'+3.50xxx'", "{:x<+08.2f}", new PyObject[] {f(3.5)}, null);
        check("'=-1,234.6='", "{:=^+10,.1f}", new PyObject[] {f(-1234.56)}, null);
        check("'a{b}c!'", "a{{b}}c{}", new PyObject[] {s("!")}, null);
        check("'****q'", "{0:{fill}>5}", new PyObject[] {s("q")}, kw("w", i(4), "fill", s("*")));
    }

    @Test
    void formatMap() {
        PyDict d = dictOf("a", i(1), "b", s("x"));
        assertEquals("'1-x'", h.outcome(() -> h.method(s("{a}-{b}"), "format_map", d)));
        assertEquals("!ValueError: Format string contains positional fields",
                h.outcome(() -> h.method(s("{}"), "format_map", d)));
        assertEquals("!KeyError: 'c'", h.outcome(() -> h.method(s("{c}"), "format_map", d)));
    }

    @Test
    void joinNamesTheBadItem() {
        assertEquals("'a-b-c'", h.outcome(() -> h.method(s("-"), "join", list(s("a"), s("b"), s("c")))));
        assertEquals("'xyz'", h.outcome(() -> h.method(s(""), "join", s("xyz"))));
        assertEquals("!TypeError: sequence item 1: expected str instance, int found",
                h.outcome(() -> h.method(s("-"), "join", list(s("a"), i(1)))));
        assertEquals("!TypeError: can only join an iterable", h.outcome(() -> h.method(s("-"), "join", i(5))));
    }

    @Test
    void startswithTuples() {
        assertEquals("True", h.outcome(() -> h.method(s("abc"), "endswith", tuple(s("x"), s("c")))));
        assertEquals("!TypeError: tuple for startswith must only contain str, not int",
                h.outcome(() -> h.method(s("a"), "startswith", tuple(i(1), s("a")))));
        assertEquals("!TypeError: startswith first arg must be str or a tuple of str, not int",
                h.outcome(() -> h.method(s("a"), "startswith", i(1))));
    }

    @Test
    void maketransAndTranslate() {
        PyObject table = h.in.call(Attr.get(h.in, Builtins.STR, "maketrans"), s("abc"), s("xyz"), s("b"));
        assertEquals("{97: 120, 98: None, 99: 122}", h.repr(table));
        assertEquals("'xz'", h.outcome(() -> h.method(s("abc"), "translate", table)));
        assertEquals("!ValueError: the first two maketrans arguments must have equal length",
                h.outcome(() -> h.in.call(Attr.get(h.in, Builtins.STR, "maketrans"), s("ab"), s("c"))));
        PyDict map = new PyDict();
        map.put(h.in, i(97), s("AA"));
        map.put(h.in, i(98), f(1.5));
        assertEquals("'AAc'", h.outcome(() -> h.method(s("ac"), "translate", map)));
        assertEquals("!TypeError: character mapping must return integer, None or str",
                h.outcome(() -> h.method(s("b"), "translate", map)));
    }

    @Test
    void constructorAndArgumentErrors() {
        assertEquals("''", h.outcome(() -> h.in.call(Builtins.STR)));
        assertEquals("'5'", h.outcome(() -> h.in.call(Builtins.STR, i(5))));
        assertEquals("'1.5'", h.outcome(() -> h.in.call(Builtins.STR, new PyObject[] {f(1.5)}, new String[] {"object"})));
        assertEquals("!TypeError: str expected at most 3 arguments, got 4",
                h.outcome(() -> h.in.call(Builtins.STR, i(1), i(2), i(3), i(4))));
        assertEquals("!TypeError: The fill character must be exactly one character long",
                h.outcome(() -> h.method(s("a"), "center", i(5), s("ab"))));
        assertEquals("!TypeError: replace() argument 1 must be str, not None",
                h.outcome(() -> h.method(s("a"), "replace", PyNone.NONE, s("b"))));
        assertEquals("!ValueError: empty separator", h.outcome(() -> h.method(s("a"), "split", s(""))));
        assertEquals("!TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object",
                h.outcome(() -> h.in.call(Builtins.STR.ownDict().get("upper"), i(5))));
        assertEquals("'cbab'", h.outcome(() -> h.methodKw(s("abab"), "replace", new String[] {"count"},
                s("a"), s("c"), i(1))));
    }

    private static final String[][] TABLE = {
            {"s:.\u03a3-\u01309ba1", "rjust", "i:10 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00.\u03a3-\u01309ba1'"},
            {"s:ab+\u03a3ba\ud83d\ude00ab", "expandtabs", "", "'ab+\u03a3ba\ud83d\ude00ab'"},
            {"s:\u00bd\013ba", "islower", "", "True"},
            {"s:", "rstrip", "s:\u00bd\012\015\012", "''"},
            {"s:_\ud83d\ude00\u2028-\u01c5", "index", "s:\u0130", "!ValueError: substring not found"},
            {"s:c0b", "expandtabs", "i:3", "'c0b'"},
            {"s:\u01c5\u0130\012\ud83d\ude0001\u00bd\u00a0", "isspace", "", "False"},
            {"s:\0139_\ud83d\ude00\ud83d\ude00\u00bd,", "center", "i:7 s:*", "'\\x0b9_\ud83d\ude00\ud83d\ude00\u00bd,'"},
            {"s:\011", "expandtabs", "i:1", "' '"},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:1\u20280 -\u00df1", "rjust", "i:7 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\ufb01\u0130-B\u03a3\u03a3\u00e9\015\012", "replace", "s:9ab s: i:2", "'\ufb01\u0130-B\u03a3\u03a3\u00e9\\r\\n'"},
            {"s:-_.", "split", "n: i:2", "['-_.']"},
            {"s:_B\0120Aab\015\012+", "splitlines", "b:1", "['_B\\n', '0Aab\\r\\n', '+']"},
            {"s:y", "isidentifier", "", "True"},
            {"s:, ", "capitalize", "", "', '"},
            {"s:b\011aa.ba\u01c5a\012", "casefold", "", "'b\\taa.ba\u01c6a\\n'"},
            {"s:", "split", "", "[]"},
            {"s:+-\u00bd", "isalnum", "", "False"},
            {"s:\u00bd\u00b2+'", "replace", "s:\u0130 s:\015\012+ i:0", "\"\u00bd\u00b2+'\""},
            {"s:'-.\u2028", "split", "s:\001 i:5", "[\"'-.\\u2028\"]"},
            {"s:", "rstrip", "s:c+\u00bd", "''"},
            {"s:xaaA\ufb01\ud83d\ude00ay\ud83d\ude00", "replace", "s:, s: i:-1", "'xaaA\ufb01\ud83d\ude00ay\ud83d\ude00'"},
            {"s:\ufb01", "swapcase", "", "'FI'"},
            {"s:b\ud83d\ude00", "index", "s:,\u00a0\u00bd n:", "!ValueError: substring not found"},
            {"s:,c\012\012\u00a0", "rfind", "s:", "5"},
            {"s:b\u00e90\012\u01c5ba", "rpartition", "s:\011", "('', '', 'b\u00e90\\n\u01c5ba')"},
            {"s:\011\u00e9\ufb01aa,0", "expandtabs", "i:0", "'\u00e9\ufb01aa,0'"},
            {"s:_ba\u0130", "endswith", "s:1 i:-3 i:-3", "False"},
            {"s:\u00b2\012''\u00df", "count", "s:1 i:-1", "0"},
            {"s:\u00bd\u03a3\u00df-\u00bdba", "isupper", "", "False"},
            {"s:9\u0130ab", "isalnum", "", "True"},
            {"s:ba\015\012 y", "split", "", "['ba', 'y']"},
            {"s:\u4e00\u00a0b", "zfill", "i:6", "'000\u4e00\\xa0b'"},
            {"s:B\015\012\011\ufb01\u01c5-", "expandtabs", "i:0", "'B\\r\\n\ufb01\u01c5-'"},
            {"s:c9ab-", "expandtabs", "i:8", "'c9ab-'"},
            {"s:-\u4e00", "partition", "s:\012\011\u00e9", "('-\u4e00', '', '')"},
            {"s:_\011", "splitlines", "", "['_\\t']"},
            {"s:,\u00df\015\012", "removesuffix", "s:", "',\u00df\\r\\n'"},
            {"s:\ud83d\ude00\u0130", "startswith", "s:aa1", "False"},
            {"s:_\015\012\u00e9,", "rsplit", "s:a i:-1", "['_\\r\\n\u00e9,']"},
            {"s:ba-\015\012\015\01209", "split", "", "['ba-', '09']"},
            {"s:\ufb01", "split", "s:\001 i:5", "['\ufb01']"},
            {"s:\u00bd\u2028\u00df\u4e00\u00b2", "splitlines", "b:1", "['\u00bd\\u2028', '\u00df\u4e00\u00b2']"},
            {"s:", "ljust", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:+\u00e9-.", "zfill", "i:3", "'+\u00e9-.'"},
            {"s:\u01c5a\013\012\ufb01A\u00df", "rstrip", "s:", "'\u01c5a\\x0b\\n\ufb01A\u00df'"},
            {"s:\u4e00", "split", "s:\001 i:5", "['\u4e00']"},
            {"s:\u03a3x\u00dfA+ba\u4e001", "index", "s:\ud83d\ude00c", "!ValueError: substring not found"},
            {"s:ba9\u2028\u2028\013A\u2028a", "ljust", "i:3 s:*", "'ba9\\u2028\\u2028\\x0bA\\u2028a'"},
            {"s:\u00bdabA,", "isidentifier", "", "False"},
            {"s:'A\u0130-", "center", "i:7", "\"  'A\u0130- \""},
            {"s:\u00a0\u01301\012\ud83d\ude00\u00b2\u01c5", "strip", "", "'\u01301\\n\ud83d\ude00\u00b2\u01c5'"},
            {"s:\u0130\u00b2-\015\012\012y\u0130x", "expandtabs", "i:8", "'\u0130\u00b2-\\r\\n\\ny\u0130x'"},
            {"s:0c\u00b2abB\u00e9\012", "endswith", "s:B\u01c5 n:", "False"},
            {"s:\u0130_y9", "splitlines", "b:1", "['\u0130_y9']"},
            {"s:", "isascii", "", "True"},
            {"s:,\013-aa\u00e9", "isalnum", "", "False"},
            {"s:01", "splitlines", "b:1", "['01']"},
            {"s:B\013c9", "splitlines", "b:1", "['B\\x0b', 'c9']"},
            {"s: ab\u00a0aa,", "isnumeric", "", "False"},
            {"s:", "removesuffix", "s:1c\013", "''"},
            {"s:\u00e9baa\u00bd1", "find", "s:+ i:1", "-1"},
            {"s:\u00bd", "rstrip", "", "'\u00bd'"},
            {"s:0", "title", "", "'0'"},
            {"s:\u00bd+", "splitlines", "b:1", "['\u00bd+']"},
            {"s:0\u4e00\u0130", "expandtabs", "i:0", "'0\u4e00\u0130'"},
            {"s:ab_ab\u00e9\0131", "rfind", "s:\u4e00", "-1"},
            {"s:\u00e9\u0130", "center", "i:10 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:__", "count", "s: i:-3 i:-100", "1"},
            {"s:\013\u01c5\012\u00a0", "isidentifier", "", "False"},
            {"s:-", "swapcase", "", "'-'"},
            {"s:\011'\u00bd\u0130\u00b2x\u01c5", "splitlines", "b:1", "[\"\\t'\u00bd\u0130\u00b2x\u01c5\"]"},
            {"s:ab1.0\u0130", "istitle", "", "False"},
            {"s:\u00a0c\u03a3,\u00e900\ufb01", "expandtabs", "i:8", "'\\xa0c\u03a3,\u00e900\ufb01'"},
            {"s:ab \u00bdab\u03a3", "find", "s:\u4e00", "-1"},
            {"s:\u00b2\ufb01y ", "rsplit", "", "['\u00b2\ufb01y']"},
            {"s:\u0130\u03a3\u00e9y\ud83d\ude00 \013-", "rsplit", "", "['\u0130\u03a3\u00e9y\ud83d\ude00', '-']"},
            {"s:cx+,, 9'", "expandtabs", "", "\"cx+,, 9'\""},
            {"s:\u01c5\u03a3\u01c5\ud83d\ude00x.\u00b21", "lstrip", "s:", "'\u01c5\u03a3\u01c5\ud83d\ude00x.\u00b21'"},
            {"s:cc\u0130\u00df,+c\011", "replace", "s:+\001 s:", "'cc\u0130\u00df,+c\\t'"},
            {"s:\ud83d\ude00", "capitalize", "", "'\ud83d\ude00'"},
            {"s:-_\u00e9b", "zfill", "i:0", "'-_\u00e9b'"},
            {"s:\u00b2\u00a0\u01c5\u0130ba-\u00bd\013", "rstrip", "", "'\u00b2\\xa0\u01c5\u0130ba-\u00bd'"},
            {"s:,", "center", "i:-2 s:\ud83d\ude00", "','"},
            {"s:1',\u2028+\015\012_B", "upper", "", "\"1',\\u2028+\\r\\n_B\""},
            {"s:\0121x\ud83d\ude00", "ljust", "i:3", "'\\n1x\ud83d\ude00'"},
            {"s:", "rstrip", "", "''"},
            {"s:\u00b2+a0 ", "rsplit", "s:a i:-1", "['\u00b2+', '0 ']"},
            {"s:\u00a0Aaac\u00b2\u0130\u01c5\ufb01", "find", "s:\u01c5 i:-3 i:2", "-1"},
            {"s:aa", "replace", "s:\u00a0x s:", "'aa'"},
            {"s:._\u00a0\015\012A_", "splitlines", "b:1", "['._\\xa0\\r\\n', 'A_']"},
            {"s: 01\u00e9\015\012", "find", "s:\u00a0\ufb01\u0130 i:0", "-1"},
            {"s:", "isidentifier", "", "False"},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:-1y\u4e00.yaB", "capitalize", "", "'-1y\u4e00.yab'"},
            {"s:A\u03a3\u00df_Ayc", "split", "n:", "['A\u03a3\u00df_Ayc']"},
            {"s: \011c\ufb019", "strip", "s:", "' \\tc\ufb019'"},
            {"s:yc\u4e00\u4e00\u00bd\012", "count", "s:- i:2", "0"},
            {"s:\013-+A\u00dfy\u03a3", "find", "s:\u00a0bx", "-1"},
            {"s:", "expandtabs", "i:3", "''"},
            {"s:\u00a0+", "rfind", "s:ab- i:100 i:-3", "-1"},
            {"s:\u00b2+0", "split", "n: i:1", "['\u00b2+0']"},
            {"s:", "ljust", "i:3 s:*", "'***'"},
            {"s:\ufb01x\ufb019", "lstrip", "", "'\ufb01x\ufb019'"},
            {"s:c,\u00bd\u2028\011x\ufb01", "casefold", "", "'c,\u00bd\\u2028\\txfi'"},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:\u01c5B\u01c5aa\ud83d\ude00\ufb01", "removeprefix", "s:\011\u03a3\u4e00", "'\u01c5B\u01c5aa\ud83d\ude00\ufb01'"},
            {"s:- \u00df\u00bd", "zfill", "i:3", "'- \u00df\u00bd'"},
            {"s:A c\u00b2\u00a0\u4e00", "strip", "s:", "'A c\u00b2\\xa0\u4e00'"},
            {"s: ", "lstrip", "", "''"},
            {"s:ab1\011ca", "splitlines", "b:1", "['ab1\\tca']"},
            {"s:\011", "strip", "s:", "'\\t'"},
            {"s:-\011ba\ufb01", "zfill", "i:3", "'-\\tba\ufb01'"},
            {"s:\u00a01\u00bd\u0130\011", "endswith", "s: i:1", "True"},
            {"s:b,...- ", "rfind", "s:a\011\u00b2", "-1"},
            {"s:-\u0130\013a", "zfill", "i:6", "'-00\u0130\\x0ba'"},
            {"s:\u03a3ab", "isspace", "", "False"},
            {"s:ab\u0130ab91, ", "split", "s:,", "['ab\u0130ab91', ' ']"},
            {"s:\u03a3", "split", "s:\001 i:-1", "['\u03a3']"},
            {"s:\u03a3", "splitlines", "b:1", "['\u03a3']"},
            {"s:+aa\ud83d\ude00\u00b2", "zfill", "i:3", "'+aa\ud83d\ude00\u00b2'"},
            {"s:\u00a0\ufb01", "expandtabs", "i:8", "'\\xa0\ufb01'"},
            {"s:\u00b2\u2028\012\ufb01+\u2028", "isdecimal", "", "False"},
            {"s:\u00a0+\013.\u4e00", "splitlines", "b:1", "['\\xa0+\\x0b', '.\u4e00']"},
            {"s:\u2028\u00a0\013", "rjust", "i:0 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:a\u2028-", "isalnum", "", "False"},
            {"s:c\u00b2xaa\u00bd", "rfind", "s:a i:5", "-1"},
            {"s:\u03a3A", "replace", "s:\u00df\u00e9 s: i:0", "'\u03a3A'"},
            {"s:\u00a0+,\u4e00b", "capitalize", "", "'\\xa0+,\u4e00b'"},
            {"s:\011", "index", "s:\u00b2\012\u00a0 i:2", "!ValueError: substring not found"},
            {"s:\ufb01c\015\012y \ud83d\ude00", "ljust", "i:0 s:*", "'\ufb01c\\r\\ny \ud83d\ude00'"},
            {"s:\011 ", "capitalize", "", "'\\t '"},
            {"s:\u0130\u03a3A\011\u00df 1\ud83d\ude00", "ljust", "i:0", "'\u0130\u03a3A\\t\u00df 1\ud83d\ude00'"},
            {"s:\012", "center", "i:7", "'   \\n   '"},
            {"s:Ay", "rsplit", "s:a", "['Ay']"},
            {"s:a1\013\u03a3B", "isnumeric", "", "False"},
            {"s:9 bab\ud83d\ude00+", "rjust", "i:7", "'9 bab\ud83d\ude00+'"},
            {"s:By\u4e00\u00df\013bac", "expandtabs", "i:0", "'By\u4e00\u00df\\x0bbac'"},
            {"s:9'-\u2028\ufb01cab", "rsplit", "", "[\"9'-\", '\ufb01cab']"},
            {"s:", "rjust", "i:10 s:*", "'**********'"},
            {"s:\u4e00\u00bdaaaa\u4e00\013", "rsplit", "s:c i:2", "['\u4e00\u00bdaaaa\u4e00\\x0b']"},
            {"s:-", "lstrip", "s:aa'", "'-'"},
            {"s:", "capitalize", "", "''"},
            {"s:\u00e9\u2028\u4e00\0131aa", "strip", "s:b\ufb01\013", "'\u00e9\\u2028\u4e00\\x0b1aa'"},
            {"s:0", "splitlines", "b:1", "['0']"},
            {"s:", "split", "s:, i:-1", "['']"},
            {"s:\011\u4e00\u01c5\u00e9", "isalnum", "", "False"},
            {"s:1\u4e00\u0130", "replace", "s: s:aa\u00a0 i:1", "'aa\\xa01\u4e00\u0130'"},
            {"s:", "splitlines", "", "[]"},
            {"s:B\ufb01aa9,\011\012", "startswith", "s: i:2 i:-1", "True"},
            {"s:\u00df1\ud83d\ude00\u01c5\011\u01c5", "rsplit", "s:\013 i:5", "['\u00df1\ud83d\ude00\u01c5\\t\u01c5']"},
            {"s:b\ud83d\ude00099c", "ljust", "i:7 s:*", "'b\ud83d\ude00099c*'"},
            {"s:AAaa\u00b2", "lower", "", "'aaaa\u00b2'"},
            {"s:.", "splitlines", "b:1", "['.']"},
            {"s:", "casefold", "", "''"},
            {"s:\011.\u00dfaaa\u00e9", "removeprefix", "s:", "'\\t.\u00dfaaa\u00e9'"},
            {"s: \u00e9\012\ufb01x\012\u0130aa", "expandtabs", "i:3", "' \u00e9\\n\ufb01x\\n\u0130aa'"},
            {"s:\u00bd", "isprintable", "", "True"},
            {"s:\u4e00\u00bd\u00b2a\011+\0131", "rstrip", "s:", "'\u4e00\u00bd\u00b2a\\t+\\x0b1'"},
            {"s:", "split", "s:b i:0", "['']"},
            {"s:aba\u4e00.\013", "replace", "s:\012+ s:", "'aba\u4e00.\\x0b'"},
            {"s:", "removesuffix", "s:\u00e9_\u03a3", "''"},
            {"s:_", "replace", "s:ba\u00b2 s: i:0", "'_'"},
            {"s:\u2028\015\012_\011\u00dfbab+", "replace", "s:\012 s: i:-1", "'\\u2028\\r_\\t\u00dfbab+'"},
            {"s:ba", "upper", "", "'BA'"},
            {"s:1,\u00e9\u00df\ufb01\013\u00df\u2028", "splitlines", "", "['1,\u00e9\u00df\ufb01', '\u00df']"},
            {"s:+\011\u0130.", "zfill", "i:6", "'+00\\t\u0130.'"},
            {"s:a'\u0130+,BA\ufb01", "splitlines", "b:1", "[\"a'\u0130+,BA\ufb01\"]"},
            {"s:\015\012", "removesuffix", "s:-\u00df", "'\\r\\n'"},
            {"s:+A\ud83d\ude00b", "zfill", "i:6", "'+00A\ud83d\ude00b'"},
            {"s:.\u4e00\u03a3\012\u0130\u00df", "split", "", "['.\u4e00\u03a3', '\u0130\u00df']"},
            {"s:ab\u4e00\u00bd", "rjust", "i:7 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00\ud83d\ude00ab\u4e00\u00bd'"},
            {"s:\u00bd", "partition", "s:0", "('\u00bd', '', '')"},
            {"s:\u0130\011\015\012A,\u00a0", "index", "s:+\001 n: i:0", "!ValueError: substring not found"},
            {"s:0B1\u00b2", "expandtabs", "i:8", "'0B1\u00b2'"},
            {"s:c\u00df\u00bd \u01c51", "casefold", "", "'css\u00bd \u01c61'"},
            {"s:B", "replace", "s:c s:\u00e9, i:2", "'B'"},
            {"s:-a\u01c5\ufb01", "islower", "", "False"},
            {"s:\u00df\013ab\u00dfaa", "replace", "s:\u03a3\012 s:0 i:2", "'\u00df\\x0bab\u00dfaa'"},
            {"s:\013", "removesuffix", "s:9ba-", "'\\x0b'"},
            {"s:\011\015\012abaa", "replace", "s: s: i:-1", "'\\t\\r\\nabaa'"},
            {"s:.\u00dfx", "rfind", "s:c\012\ud83d\ude00 i:1 i:5", "-1"},
            {"s:-\u00a0\013a+b\u4e00\u0130", "upper", "", "'-\\xa0\\x0bA+B\u4e00\u0130'"},
            {"s:1\u03a3ab'\ud83d\ude00", "splitlines", "", "[\"1\u03a3ab'\ud83d\ude00\"]"},
            {"s:+0xb_\011.", "split", "s:, i:1", "['+0xb_\\t.']"},
            {"s:\013\ufb01bc\013\u01c51", "splitlines", "b:1", "['\\x0b', '\ufb01bc\\x0b', '\u01c51']"},
            {"s:\u2028\u0130A\u2028\011", "isidentifier", "", "False"},
            {"s:bax\u00bd+c\013", "rsplit", "s:, i:-1", "['bax\u00bd+c\\x0b']"},
            {"s:baa\u0130A9Aba\u00df", "splitlines", "b:1", "['baa\u0130A9Aba\u00df']"},
            {"s:aa\015\012x\u0130aa\u2028", "isascii", "", "False"},
            {"s:\012AA\u03a3\u20281BB", "islower", "", "False"},
            {"s:\011\u00bd9\0131B", "rstrip", "s:ba\ufb01", "'\\t\u00bd9\\x0b1B'"},
            {"s:_\012 9 \u00bd\u01c5", "split", "n: i:0", "['_\\n 9 \u00bd\u01c5']"},
            {"s:B\u00e9,\013'1", "istitle", "", "True"},
            {"s:ba", "rjust", "i:10 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00ba'"},
            {"s:ba_\011", "zfill", "i:3", "'ba_\\t'"},
            {"s:\ud83d\ude00\u00bd\ufb01\u00b2\u00dfaaa", "expandtabs", "i:1", "'\ud83d\ude00\u00bd\ufb01\u00b2\u00dfaaa'"},
            {"s:'+", "rstrip", "s:10b", "\"'+\""},
            {"s: \u4e00A'\ufb01\u00b20\u00b2", "split", "s:,", "[\" \u4e00A'\ufb01\u00b20\u00b2\"]"},
            {"s:\u00dfB'1\u01c5B\u4e00B", "isspace", "", "False"},
            {"s:'", "rfind", "s:baa\ud83d\ude00 i:1", "-1"},
            {"s:\015\012'._y\u2028_", "splitlines", "b:1", "['\\r\\n', \"'._y\\u2028\", '_']"},
            {"s:b-\u00b2\013y", "lstrip", "s:aa", "'b-\u00b2\\x0by'"},
            {"s:A\u00bd", "find", "s:x'_ i:-1 i:-3", "-1"},
            {"s:-,\u4e00B", "zfill", "i:0", "'-,\u4e00B'"},
            {"s:\u0130-\013aa", "upper", "", "'\u0130-\\x0bAA'"},
            {"s:\011\u00df", "rindex", "s: i:5 i:100", "!ValueError: substring not found"},
            {"s:-ab\u00e9+", "zfill", "i:0", "'-ab\u00e9+'"},
            {"s:\u0130\011\u2028 11c", "isnumeric", "", "False"},
            {"s:,x\u00bd\u2028x\ud83d\ude00B", "rsplit", "", "[',x\u00bd', 'x\ud83d\ude00B']"},
            {"s:0\011_", "rstrip", "", "'0\\t_'"},
            {"s:ab\ufb01y-", "expandtabs", "i:3", "'ab\ufb01y-'"},
            {"s:\u00bd.B\u4e00", "lstrip", "", "'\u00bd.B\u4e00'"},
            {"s:\u00bdc9aB+'1", "splitlines", "b:1", "[\"\u00bdc9aB+'1\"]"},
            {"s:'\u00a0b\u00e9\ud83d\ude00B\013c", "rjust", "i:3 s:\ud83d\ude00", "\"'\\xa0b\u00e9\ud83d\ude00B\\x0bc\""},
            {"s:\013\ud83d\ude00", "removeprefix", "s:1", "'\\x0b\ud83d\ude00'"},
            {"s:\u0130\u01c5c1\u2028c\013", "rindex", "s:\ud83d\ude00.\u00b2 i:1 i:-1", "!ValueError: substring not found"},
            {"s:xx1", "rfind", "s:+ i:-1", "-1"},
            {"s:\013B\u00bd\u0130-", "istitle", "", "True"},
            {"s:\013\u2028abA'9'", "removesuffix", "s:.\u0130", "\"\\x0b\\u2028abA'9'\""},
            {"s:\u01c5'.\u00a0'", "replace", "s:ab s:. i:0", "\"\u01c5'.\\xa0'\""},
            {"s:", "isascii", "", "True"},
            {"s: a\u00a0", "isspace", "", "False"},
            {"s:9,\011+\u01c5 1\ufb01", "isdecimal", "", "False"},
            {"s:\011\u4e00 x\015\012ba", "isdecimal", "", "False"},
            {"s:._", "split", "", "['._']"},
            {"s:\011\u00e9\011x", "strip", "s:", "'\\t\u00e9\\tx'"},
            {"s:++Aa", "zfill", "i:0", "'++Aa'"},
            {"s:.b\015\012", "expandtabs", "i:0", "'.b\\r\\n'"},
            {"s:\u00a01\ud83d\ude00", "splitlines", "b:1", "['\\xa01\ud83d\ude00']"},
            {"s:+", "expandtabs", "i:3", "'+'"},
            {"s:\u01c5\ufb01aa\ufb01\ufb01'", "expandtabs", "i:8", "\"\u01c5\ufb01aa\ufb01\ufb01'\""},
            {"s:", "endswith", "s: n: i:-100", "True"},
            {"s:A+", "strip", "", "'A+'"},
            {"s:-c.\u2028.\u01c5\u00df\012", "rsplit", "s:a i:-1", "['-c.\\u2028.\u01c5\u00df\\n']"},
            {"s:aaAy\u00a0\012", "expandtabs", "i:3", "'aaAy\\xa0\\n'"},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:b", "rsplit", "s:\001 i:0", "['b']"},
            {"s:\0121", "expandtabs", "i:3", "'\\n1'"},
            {"s:\011\013\ufb01", "rjust", "i:10 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\\t\\x0b\ufb01'"},
            {"s:\011\012,ba", "ljust", "i:-2 s:*", "'\\t\\n,ba'"},
            {"s:baaa\u00bdc\u2028\ufb01 ", "expandtabs", "", "'baaa\u00bdc\\u2028\ufb01 '"},
            {"s:A9\u00b2\u00b2.\u2028", "expandtabs", "i:0", "'A9\u00b2\u00b2.\\u2028'"},
            {"s:01", "lstrip", "", "'01'"},
            {"s:\u01301aa\ud83d\ude00ba", "center", "i:3", "'\u01301aa\ud83d\ude00ba'"},
            {"s:aa", "index", "s:\011", "!ValueError: substring not found"},
            {"s:\015\0120B\011\u00df\ufb01", "islower", "", "False"},
            {"s:\011\u00a0 A\u2028aabB", "ljust", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:9\u2028ab\012", "ljust", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\u03a3B+yy", "isdecimal", "", "False"},
            {"s:0\u00df\u03a3\u00bd0\015\012-\011", "rstrip", "s:1", "'0\u00df\u03a3\u00bd0\\r\\n-\\t'"},
            {"s:", "expandtabs", "i:1", "''"},
            {"s:\012\013\015\012", "splitlines", "b:1", "['\\n', '\\x0b', '\\r\\n']"},
            {"s:\u00dfA\ufb01", "removesuffix", "s:\u03a3_\015\012", "'\u00dfA\ufb01'"},
            {"s:\u00a09\u2028b_\u03a3.+", "startswith", "s: i:-100 i:-100", "True"},
            {"s:+caby\u03a3", "ljust", "i:0 s:\ud83d\ude00", "'+caby\u03a3'"},
            {"s:\015\012y", "split", "s:a i:2", "['\\r\\ny']"},
            {"s:9\u00df\u03a3", "find", "s: i:-100", "0"},
            {"s:x\u00bdc", "swapcase", "", "'X\u00bdC'"},
            {"s:\ud83d\ude00\u01c51ba0", "isupper", "", "False"},
            {"s:\u00b2xAB1xab", "title", "", "'\u00b2Xab1Xab'"},
            {"s:1B", "rjust", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:ba\013", "isalnum", "", "False"},
            {"s:\011", "capitalize", "", "'\\t'"},
            {"s:\u2028\u0130\ud83d\ude00abcb\012", "strip", "s:\u00e9ab", "'\\u2028\u0130\ud83d\ude00abcb\\n'"},
            {"s:a\012\u01c5ab", "partition", "s:", "!ValueError: empty separator"},
            {"s:bab\u4e00\u4e00.aaaaba", "rjust", "i:-2", "'bab\u4e00\u4e00.aaaaba'"},
            {"s:\u03a3B\u00bd'1", "replace", "s: s:\013\011 i:2", "\"\\x0b\\t\u03a3\\x0b\\tB\u00bd'1\""},
            {"s:", "endswith", "s:\u0130\013\u00bd", "False"},
            {"s:B", "casefold", "", "'b'"},
            {"s:'\015\0129\u2028\u01c5 \u00a0\012", "endswith", "s:\015\012 i:5", "False"},
            {"s:\u03a3\u00e9", "splitlines", "b:1", "['\u03a3\u00e9']"},
            {"s:\015\0121ab", "splitlines", "b:1", "['\\r\\n', '1ab']"},
            {"s:", "isnumeric", "", "False"},
            {"s:,\015\012\u00b2\u00df\011+\ud83d\ude00", "ljust", "i:-2 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:", "strip", "s:ba\012", "''"},
            {"s:\u4e00a-ab'\013x ", "strip", "", "\"\u4e00a-ab'\\x0bx\""},
            {"s:", "center", "i:10 s:*", "'**********'"},
            {"s:", "isalnum", "", "False"},
            {"s:ab", "rfind", "s:\u01c5A", "-1"},
            {"s:c", "isdecimal", "", "False"},
            {"s:9+b+\ud83d\ude00B,\u2028", "splitlines", "b:1", "['9+b+\ud83d\ude00B,\\u2028']"},
            {"s:'9", "splitlines", "b:1", "[\"'9\"]"},
            {"s:'\u00dfy1b\015\012", "istitle", "", "False"},
            {"s:,c\ud83d\ude00a", "isprintable", "", "True"},
            {"s:\015\012\ud83d\ude00ab+", "count", "s: i:100 n:", "0"},
            {"s:99\u4e00aa0", "endswith", "s:b,", "False"},
            {"s:-.'", "zfill", "i:3", "\"-.'\""},
            {"s:0\u03a3B ab_\u2028", "expandtabs", "", "'0\u03a3B ab_\\u2028'"},
            {"s:'\011\u03a3\u4e00\013\u00a0\u0130\u0130", "split", "s:, i:5", "[\"'\\t\u03a3\u4e00\\x0b\\xa0\u0130\u0130\"]"},
            {"s:\u00e901", "isupper", "", "False"},
            {"s:\u01c5\u01c5\u03a3\u4e00", "isprintable", "", "True"},
            {"s:\u01c5x", "startswith", "s:B\u00df\u2028", "False"},
            {"s:\0131 \012\u03a3xa0", "ljust", "i:7 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:A'\u2028\ud83d\ude00abaa", "splitlines", "b:1", "[\"A'\\u2028\", '\ud83d\ude00abaa']"},
            {"s:ab\015\012\u4e00aa+\u00b2", "removesuffix", "s:\012B,", "'ab\\r\\n\u4e00aa+\u00b2'"},
            {"s:+\u2028+\015\012", "zfill", "i:6", "'+0\\u2028+\\r\\n'"},
            {"s:9a\u00e9", "expandtabs", "i:8", "'9a\u00e9'"},
            {"s:b\ud83d\ude00aax", "casefold", "", "'b\ud83d\ude00aax'"},
            {"s:x\011-\ud83d\ude00B'xa", "count", "s:\u4e00", "0"},
            {"s:b.01\ud83d\ude00y", "rjust", "i:-2 s:*", "'b.01\ud83d\ude00y'"},
            {"s:bba+", "isalpha", "", "False"},
            {"s:\012'.A\u4e009", "isprintable", "", "False"},
            {"s:aa.aa\u01c51_\012", "splitlines", "b:1", "['aa.aa\u01c51_\\n']"},
            {"s:\011\013", "center", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:BByc'\011\u01c5ba", "isidentifier", "", "False"},
            {"s:\012\u00bd\011", "isidentifier", "", "False"},
            {"s:,\u00bdB\u00b2\u00df-", "expandtabs", "i:3", "',\u00bdB\u00b2\u00df-'"},
            {"s:ba", "splitlines", "b:1", "['ba']"},
            {"s:y\u00e9-\u03a3\ud83d\ude00\u01c5\u00df+", "split", "s:a i:1", "['y\u00e9-\u03a3\ud83d\ude00\u01c5\u00df+']"},
            {"s:c\u00a0\u00dfb,", "expandtabs", "i:0", "'c\\xa0\u00dfb,'"},
            {"s:1,\015\012", "isupper", "", "False"},
            {"s:,", "splitlines", "b:1", "[',']"},
            {"s:+bA+", "zfill", "i:3", "'+bA+'"},
            {"s:", "partition", "s:", "!ValueError: empty separator"},
            {"s:\ud83d\ude00\u00a0.\u0130_", "isnumeric", "", "False"},
            {"s:\u4e000", "ljust", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\u00dfy\u00a0abBB9", "strip", "s:.", "'\u00dfy\\xa0abBB9'"},
            {"s:\u00bd+\ud83d\ude00", "istitle", "", "False"},
            {"s:b0ba\012b\u0130", "ljust", "i:7", "'b0ba\\nb\u0130'"},
            {"s:\u00e9++\012", "center", "i:7 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\u00a0c.\011\u00dfa\u4e00 ", "expandtabs", "i:1", "'\\xa0c. \u00dfa\u4e00 '"},
            {"s:-aa,\u0130a-\u00a0", "removesuffix", "s:\013c", "'-aa,\u0130a-\\xa0'"},
            {"s:c\u00a0.\ud83d\ude00ab\u4e00", "split", "s:a i:5", "['c\\xa0.\ud83d\ude00', 'b\u4e00']"},
            {"s:b\u0130\ufb01\u00e9baab", "isupper", "", "False"},
            {"s:,1\ufb01\u00bd1Ay\u00df", "expandtabs", "i:1", "',1\ufb01\u00bd1Ay\u00df'"},
            {"s:\u01c5\011", "startswith", "s:1\u4e00 i:-1 i:2", "False"},
            {"s:x\u00dfabx", "expandtabs", "i:1", "'x\u00dfabx'"},
            {"s:0-\u01c5bab", "lstrip", "", "'0-\u01c5bab'"},
            {"s:\u00e9\015\012", "removesuffix", "s:1\u00e9'", "'\u00e9\\r\\n'"},
            {"s:\011aaab\u00a0ba\0129y", "split", "s:\001 i:-1", "['\\taaab\\xa0ba\\n9y']"},
            {"s:y\u03a3,\u4e00Ab", "lstrip", "", "'y\u03a3,\u4e00Ab'"},
            {"s:\u4e00", "isdigit", "", "False"},
            {"s:1yy\u03a3.ab\u00b2ba", "strip", "", "'1yy\u03a3.ab\u00b2ba'"},
            {"s:\u4e00\u0130aa\u0130ab\u01c5", "rfind", "s: i:-100", "8"},
            {"s:\ud83d\ude00\ud83d\ude00\015\012\011", "swapcase", "", "'\ud83d\ude00\ud83d\ude00\\r\\n\\t'"},
            {"s:\015\012\u00e9\u2028\u00b2\u00bdx\012", "rindex", "s:\013\u00b2 i:5 i:100", "!ValueError: substring not found"},
            {"s:c-", "center", "i:10 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00c-\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00'"},
            {"s:aa9y", "split", "s:a i:-1", "['', '', '9y']"},
            {"s:", "strip", "", "''"},
            {"s:a", "isprintable", "", "True"},
            {"s:\u0130\u00bd,Bab\ufb01", "isidentifier", "", "False"},
            {"s:\u4e00\u00bd\u03a3", "zfill", "i:0", "'\u4e00\u00bd\u03a3'"},
            {"s:aa", "strip", "s:c.\u4e00", "'aa'"},
            {"s:", "splitlines", "b:1", "[]"},
            {"s: c\u4e00,_\u00b2", "replace", "s: s:\u4e00\u00e9 i:1", "'\u4e00\u00e9 c\u4e00,_\u00b2'"},
            {"s:\ud83d\ude00\u4e00-B\u2028", "splitlines", "b:1", "['\ud83d\ude00\u4e00-B\\u2028']"},
            {"s:\013", "center", "i:0 s:*", "'\\x0b'"},
            {"s:0 \u0130A", "index", "s:", "0"},
            {"s:", "expandtabs", "i:3", "''"},
            {"s:Aba\u4e00", "rstrip", "s:", "'Aba\u4e00'"},
            {"s:aay\u00a0\0119\013ab", "find", "s:ab+\013 i:0", "-1"},
            {"s:\u00e9\u00df9\u00e9aaA\u00b2-", "title", "", "'\u00c9\u00df9\u00c9aaa\u00b2-'"},
            {"s:\ufb01\u01c5\u00e9", "replace", "s:\001\u03a3 s:\012\u00b2 i:0", "'\ufb01\u01c5\u00e9'"},
            {"s:aaB", "startswith", "s:", "True"},
            {"s:", "lstrip", "s:\u00e9\u03a3a", "''"},
            {"s:b\u00a0\015\012\u20281\ufb01_", "replace", "s:0, s:-\u00bd", "'b\\xa0\\r\\n\\u20281\ufb01_'"},
            {"s:ba", "replace", "s:aa s: i:2", "'ba'"},
            {"s:A11\u03a3x'\011", "rsplit", "s:, i:0", "[\"A11\u03a3x'\\t\"]"},
            {"s:\013x\013\u00e9\012x+\u4e00", "ljust", "i:-2 s:*", "'\\x0bx\\x0b\u00e9\\nx+\u4e00'"},
            {"s:-", "removesuffix", "s:", "'-'"},
            {"s:\u03a3+", "ljust", "i:3 s:\ud83d\ude00", "'\u03a3+\ud83d\ude00'"},
            {"s:\015\012_1\u0130y\u00df", "split", "s:,", "['\\r\\n_1\u0130y\u00df']"},
            {"s:-\015\012''", "zfill", "i:0", "\"-\\r\\n''\""},
            {"s:-\u01c5a'-aa", "lower", "", "\"-\u01c6a'-aa\""},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:Axab'\ufb01\u03a3ba", "islower", "", "False"},
            {"s:\u00b2.\ufb01", "replace", "s: s:\ud83d\ude00 i:2", "'\ud83d\ude00\u00b2\ud83d\ude00.\ufb01'"},
            {"s:_\u00a0ab0,", "replace", "s:_, s:\u4e00\u03a3 i:0", "'_\\xa0ab0,'"},
            {"s:\015\012.c ", "rsplit", "", "['.c']"},
            {"s:1\012-\013", "ljust", "i:0 s:*", "'1\\n-\\x0b'"},
            {"s:0B\013\015\012", "removeprefix", "s:1\u00df", "'0B\\x0b\\r\\n'"},
            {"s:\u03a3", "startswith", "s:.", "False"},
            {"s:,\u01c5", "isprintable", "", "True"},
            {"s:", "count", "s:_B n: i:100", "0"},
            {"s:_\011,", "replace", "s: s:\u00a0 i:2", "'\\xa0_\\xa0\\t,'"},
            {"s:+\013,\u0130", "zfill", "i:0", "'+\\x0b,\u0130'"},
            {"s:0_\u03a3'0\ud83d\ude00", "splitlines", "b:1", "[\"0_\u03a3'0\ud83d\ude00\"]"},
            {"s:ba", "rpartition", "s:1\u4e00\011", "('', '', 'ba')"},
            {"s:B\u0130x", "replace", "s: s:B", "'BBB\u0130BxB'"},
            {"s:Bx", "istitle", "", "True"},
            {"s:\u03a3", "rstrip", "s:\u01c5\u00e9", "'\u03a3'"},
            {"s:aa\u4e00baa\u2028\015\012,", "rjust", "i:10 s:*", "'aa\u4e00baa\\u2028\\r\\n,'"},
            {"s:", "swapcase", "", "''"},
            {"s: ", "removeprefix", "s:", "' '"},
            {"s:0 x0.\012,", "startswith", "s:c\u03a3", "False"},
            {"s:x", "removeprefix", "s:a", "'x'"},
            {"s:\012-\u00df\015\012\013ab", "rpartition", "s:", "!ValueError: empty separator"},
            {"s:ABc\u03a39a\u03a3", "rsplit", "s: i:0", "!ValueError: empty separator"},
            {"s:\u01c5\u00df", "rfind", "s:\013 i:100", "-1"},
            {"s:9\012A-", "removesuffix", "s:abab\u00a0", "'9\\nA-'"},
            {"s:,\u4e00 \u00bda\015\012", "ljust", "i:3 s:\ud83d\ude00", "',\u4e00 \u00bda\\r\\n'"},
            {"s:x\u03a3ba\u00a00+9\u00bd", "endswith", "s: i:5 i:5", "True"},
            {"s:\011\011", "upper", "", "'\\t\\t'"},
            {"s:.\ud83d\ude00\011", "zfill", "i:6", "'000.\ud83d\ude00\\t'"},
            {"s:x\ufb01\012", "rsplit", "s:, i:1", "['x\ufb01\\n']"},
            {"s:_\u4e00x\u00a0\013\u00e91", "rsplit", "", "['_\u4e00x', '\u00e91']"},
            {"s:", "isnumeric", "", "False"},
            {"s:\u01c5\0111\u00b2", "replace", "s: s:\u2028 i:0", "'\u01c5\\t1\u00b2'"},
            {"s:,\013.ba\u4e00\u03a3", "rsplit", "s:,\u2028 i:-1", "[',\\x0b.ba\u4e00\u03a3']"},
            {"s:yBab,ca+", "splitlines", "", "['yBab,ca+']"},
            {"s:", "rstrip", "s:\012\u00a0\u0130", "''"},
            {"s:.", "islower", "", "False"},
            {"s:\u00b2-xy\u00a0\u0130x", "expandtabs", "i:8", "'\u00b2-xy\\xa0\u0130x'"},
            {"s:", "replace", "s: s: i:2", "''"},
            {"s:B\u0130B\u00a0.", "isspace", "", "False"},
            {"s:\015\012\u00bd\ufb01+\013", "rjust", "i:7 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\011+\u2028ab", "isupper", "", "False"},
            {"s:\013\u01c5aa 9aa.'", "expandtabs", "i:8", "\"\\x0b\u01c5aa 9aa.'\""},
            {"s:a\u00b2\u00e9x\u00bd-", "rsplit", "s:a i:1", "['', '\u00b2\u00e9x\u00bd-']"},
            {"s:+\u00bda\u2028", "zfill", "i:3", "'+\u00bda\\u2028'"},
            {"s:\012", "strip", "", "''"},
            {"s: \ud83d\ude00A_", "upper", "", "' \ud83d\ude00A_'"},
            {"s:\015\012\ud83d\ude00\ufb01\ud83d\ude00-\ud83d\ude00", "capitalize", "", "'\\r\\n\ud83d\ude00\ufb01\ud83d\ude00-\ud83d\ude00'"},
            {"s:\u0130", "rstrip", "s:", "'\u0130'"},
            {"s:\u4e00\u4e00B\013\u00e9,B", "ljust", "i:10 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:+\u2028- \u2028+", "title", "", "'+\\u2028- \\u2028+'"},
            {"s:\u00b2A", "rstrip", "s:", "'\u00b2A'"},
            {"s:A1c\u00bd\011\u03a3A", "expandtabs", "i:8", "'A1c\u00bd    \u03a3A'"},
            {"s:9ya", "isalpha", "", "False"},
            {"s:\u00e9\u00df\u03a3c\u0130", "strip", "", "'\u00e9\u00df\u03a3c\u0130'"},
            {"s:\015\012\u00e9b__\u0130x\u4e00", "splitlines", "b:1", "['\\r\\n', '\u00e9b__\u0130x\u4e00']"},
            {"s:ba9", "center", "i:0", "'ba9'"},
            {"s:", "rstrip", "s:ab'\ud83d\ude00", "''"},
            {"s:ab\ufb01\015\012 a", "isidentifier", "", "False"},
            {"s:.", "replace", "s: s: i:-1", "'.'"},
            {"s:AabB'\ud83d\ude00", "title", "", "\"Aabb'\ud83d\ude00\""},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:\u0130caa,\u00df", "expandtabs", "i:1", "'\u0130caa,\u00df'"},
            {"s:\u01c5A", "rjust", "i:7 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\u01c5A'"},
            {"s:_cA\u00b2\0120\ud83d\ude00", "replace", "s:-, s: i:-1", "'_cA\u00b2\\n0\ud83d\ude00'"},
            {"s: c1 BA\u01c5", "removesuffix", "s:'\u00b2\012", "' c1 BA\u01c5'"},
            {"s:", "strip", "s:ba", "''"},
            {"s:1\u202899,baa0", "isspace", "", "False"},
            {"s:-", "rstrip", "", "'-'"},
            {"s:\u01c5", "splitlines", "b:1", "['\u01c5']"},
            {"s:A", "splitlines", "", "['A']"},
            {"s:-1\u00e9", "isnumeric", "", "False"},
            {"s:\u00e9\u00bd\013aB\u00df", "center", "i:-2 s:\ud83d\ude00", "'\u00e9\u00bd\\x0baB\u00df'"},
            {"s:\012\u00b2B\011x\u01c5\u00e9+", "isupper", "", "False"},
            {"s:-\ufb01\u00bd\ud83d\ude00\u00a0\012", "rsplit", "n: i:0", "['-\ufb01\u00bd\ud83d\ude00']"},
            {"s:9_\012'", "rindex", "s:\u2028\001 i:100 i:0", "!ValueError: substring not found"},
            {"s:", "rjust", "i:10 s:\ud83d\ude00", "'\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00'"},
            {"s: \u00bd", "expandtabs", "i:0", "' \u00bd'"},
            {"s:_+\u00e9", "rsplit", "n:", "['_+\u00e9']"},
            {"s:c\u00e9BB", "index", "s:\u00a0", "!ValueError: substring not found"},
            {"s:\u01c5", "expandtabs", "i:0", "'\u01c5'"},
            {"s:", "splitlines", "b:1", "[]"},
            {"s:c", "rpartition", "s:aa\u4e00", "('', '', 'c')"},
            {"s:\u01c5\u01c5\u4e00a_\013", "split", "s:\001", "['\u01c5\u01c5\u4e00a_\\x0b']"},
            {"s:,\u01c5'\u00b2yx\ud83d\ude00c", "expandtabs", "i:3", "\",\u01c5'\u00b2yx\ud83d\ude00c\""},
            {"s:a\012x", "zfill", "i:3", "'a\\nx'"},
            {"s:aa\ud83d\ude00.\u01c5c\u2028", "replace", "s:b s: i:1", "'aa\ud83d\ude00.\u01c5c\\u2028'"},
            {"s:", "lstrip", "s:\u00e9\ufb01", "''"},
            {"s:\012\u01309\u00b2\u00e9\u01c5_", "find", "s:00\u00bd i:2", "-1"},
            {"s: \013\u2028", "zfill", "i:6", "'000 \\x0b\\u2028'"},
            {"s:\u03a3b\u00b2bab", "rindex", "s:\012", "!ValueError: substring not found"},
            {"s:\u00bdA+", "rstrip", "s:", "'\u00bdA+'"},
            {"s:.ab1\011ba\u00e9\012", "expandtabs", "i:8", "'.ab1    ba\u00e9\\n'"},
            {"s:'9b\u00a01,\012", "split", "s:\001", "[\"'9b\\xa01,\\n\"]"},
            {"s:", "split", "s:\001 i:5", "['']"},
            {"s:-", "rsplit", "s:a i:2", "['-']"},
            {"s:\u03a3\u00bdba0\015\012", "rsplit", "n: i:5", "['\u03a3\u00bdba0']"},
            {"s:\012\015\012", "endswith", "s:", "True"},
            {"s:\u2028\ufb01", "split", "n: i:1", "['\ufb01']"},
            {"s:y0\u00b2\u4e001", "removeprefix", "s:", "'y0\u00b2\u4e001'"},
            {"s:0\015\0129", "count", "s:aa i:-3", "0"},
            {"s: _B\u0130", "find", "s:\001\u00e9\013 i:-3", "-1"},
            {"s:baa\u03a3_\u00a0b\ud83d\ude00_", "splitlines", "b:1", "['baa\u03a3_\\xa0b\ud83d\ude00_']"},
            {"s:\011\u00b20A\ufb01_c ", "expandtabs", "i:1", "' \u00b20A\ufb01_c '"},
            {"s:\011\ud83d\ude00,\u00b2", "isprintable", "", "False"},
            {"s: \u00b2\015\012", "splitlines", "b:1", "[' \u00b2\\r\\n']"},
            {"s:aa", "splitlines", "b:1", "['aa']"},
            {"s:9a", "find", "s:", "0"},
            {"s:0A", "isdecimal", "", "False"},
            {"s:\u01c5\u202800\u00df", "rsplit", "n: i:0", "['\u01c5\\u202800\u00df']"},
            {"s:\u4e00_ab\011c\u00e9", "split", "n: i:5", "['\u4e00_ab', 'c\u00e9']"},
            {"s:\u00bd\u01c5\ud83d\ude00\015\012.\u20289aa", "rsplit", "", "['\u00bd\u01c5\ud83d\ude00', '.', '9aa']"},
            {"s:\u2028aaBBaa\u03a3\u00df\u00a0", "strip", "s:", "'\\u2028aaBBaa\u03a3\u00df\\xa0'"},
            {"s:\u00e9\u00a09b\ud83d\ude00b", "expandtabs", "i:3", "'\u00e9\\xa09b\ud83d\ude00b'"},
            {"s:", "expandtabs", "i:3", "''"},
            {"s:\012B\u01c5\u4e00", "swapcase", "", "'\\nb\u01c5\u4e00'"},
            {"s:+-\u00a0 ", "zfill", "i:6", "'+00-\\xa0 '"},
            {"s:", "split", "s:a i:2", "['']"},
            {"s:x\ud83d\ude00\012\ud83d\ude00x", "center", "i:3 s:*", "'x\ud83d\ude00\\n\ud83d\ude00x'"},
            {"s:", "expandtabs", "", "''"},
            {"s:\u00df0\u0130,", "removeprefix", "s:\u0130", "'\u00df0\u0130,'"},
            {"s:\u0130ab", "isdigit", "", "False"},
            {"s:BAb\ufb019", "split", "s:\001 i:1", "['BAb\ufb019']"},
            {"s:\ufb01", "endswith", "s:B i:-1 i:5", "False"},
            {"s:9", "center", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:,yaa\u00bd-\u01c5\u2028\u00b2", "rpartition", "s:xB", "('', '', ',yaa\u00bd-\u01c5\\u2028\u00b2')"},
            {"s:\u00df\013,\u00bd\011_ba\u2028", "rjust", "i:7 s:*", "'\u00df\\x0b,\u00bd\\t_ba\\u2028'"},
            {"s:\013\013\u0130\u00a0'\u01c5", "removesuffix", "s:\012'", "\"\\x0b\\x0b\u0130\\xa0'\u01c5\""},
            {"s:.\015\012\u0130-- \u00e9", "replace", "s:b\u2028 s:\u0130 i:2", "'.\\r\\n\u0130-- \u00e9'"},
            {"s:\u00a0+9,A", "isdecimal", "", "False"},
            {"s:a-", "endswith", "s:1", "False"},
            {"s:+\u0130\u202891\u03a3", "rfind", "s:\012\u2028", "-1"},
            {"s:\u00b2\ud83d\ude00\u01c5,", "isdigit", "", "False"},
            {"s:.\u00dfxab\u01c5BBA", "removeprefix", "s:", "'.\u00dfxab\u01c5BBA'"},
            {"s:Bab\u00df", "lstrip", "", "'Bab\u00df'"},
            {"s:y\u00e9", "splitlines", "b:1", "['y\u00e9']"},
            {"s:yaa\u00a0", "isidentifier", "", "False"},
            {"s:", "endswith", "s:aa i:100", "False"},
            {"s:\u00b2\u2028\012Ab", "replace", "s:\012 s: i:1", "'\u00b2\\u2028Ab'"},
            {"s:B\u00dfc1\u0130'", "isupper", "", "False"},
            {"s:baAb\u00df-\ufb01\ufb01", "islower", "", "False"},
            {"s:", "casefold", "", "''"},
            {"s:c,y", "rstrip", "", "'c,y'"},
            {"s:\ud83d\ude00", "rfind", "s:+'\u01c5", "-1"},
            {"s:yycbBc\u00bd", "index", "s:0 i:1 i:1", "!ValueError: substring not found"},
            {"s:\0111\u013091aa\u03a3\ud83d\ude00", "splitlines", "b:1", "['\\t1\u013091aa\u03a3\ud83d\ude00']"},
            {"s:", "replace", "s:ab s: i:1", "''"},
            {"s:\u0130\015\012", "title", "", "'\u0130\\r\\n'"},
            {"s:-", "isdecimal", "", "False"},
            {"s:\011", "splitlines", "b:1", "['\\t']"},
            {"s:\u4e00aaba\013\u0130\u2028\012A", "isdigit", "", "False"},
            {"s:0\u03a3\u2028+1\u00a0\u00df\u01c5", "upper", "", "'0\u03a3\\u2028+1\\xa0SS\u01c4'"},
            {"s:\011\0121\u00a0_", "expandtabs", "i:0", "'\\n1\\xa0_'"},
            {"s:9A", "rsplit", "s:, i:5", "['9A']"},
            {"s:\u03a3\u00e9\012aa\u00a0", "rjust", "i:7 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\u01c5,1\u00bdba\u00a0B-", "endswith", "s:c0", "False"},
            {"s:_+-\u01c5 b", "count", "s:\ud83d\ude00-\u00b2", "0"},
            {"s:", "removesuffix", "s:b", "''"},
            {"s:\u4e00", "rfind", "s:+. i:0", "-1"},
            {"s:9\ufb01x\u4e00xbB\u03a3", "removesuffix", "s:\u00b20aa", "'9\ufb01x\u4e00xbB\u03a3'"},
            {"s:-.bA", "zfill", "i:6", "'-00.bA'"},
            {"s:baabb+", "replace", "s: s:A i:1", "'Abaabb+'"},
            {"s:", "removeprefix", "s:", "''"},
            {"s:\012\u0130\ufb01y\u0130bay", "rsplit", "s:, i:5", "['\\n\u0130\ufb01y\u0130bay']"},
            {"s:_", "removesuffix", "s:\u4e00", "'_'"},
            {"s:\011B\011-\ud83d\ude000\ufb01\u2028", "rpartition", "s:\012,.", "('', '', '\\tB\\t-\ud83d\ude000\ufb01\\u2028')"},
            {"s:\ufb01", "rsplit", "s:\001 i:0", "['\ufb01']"},
            {"s: \u03a3\u00e9\012_", "isdecimal", "", "False"},
            {"s:\012b", "find", "s:B\u00a01 i:-3", "-1"},
            {"s:\013,", "endswith", "s:\u00df1 n: n:", "False"},
            {"s:_\u00bd+", "removesuffix", "s:", "'_\u00bd+'"},
            {"s:- \u2028ba", "zfill", "i:0", "'- \\u2028ba'"},
            {"s:_", "expandtabs", "", "'_'"},
            {"s:ab\u2028\u4e00\ud83d\ude00\u01c5ab", "rfind", "s:\013\u00e91", "-1"},
            {"s:\u00bd\u03a3\u00e9_9", "title", "", "'\u00bd\u03a3\u00e9_9'"},
            {"s:\012ab", "center", "i:-2", "'\\nab'"},
            {"s:-\011,c", "rstrip", "s:aa\u0130'", "'-\\t,c'"},
            {"s:x", "rindex", "s:ab\ud83d\ude00", "!ValueError: substring not found"},
            {"s:\011B", "startswith", "s:.\u4e00", "False"},
            {"s:\u00a0\013c\ud83d\ude00\u00e99", "isprintable", "", "False"},
            {"s:c\u00a0B", "partition", "s:\u01c5\011", "('c\\xa0B', '', '')"},
            {"s:\u2028a\012", "replace", "s: s:\u00e9 i:1", "'\u00e9\\u2028a\\n'"},
            {"s:\u4e00'\u00a0aABab ", "expandtabs", "i:1", "\"\u4e00'\\xa0aABab \""},
            {"s:9\u03a3'", "expandtabs", "i:0", "\"9\u03a3'\""},
            {"s:\u03a39bab-A0", "splitlines", "b:1", "['\u03a39bab-A0']"},
            {"s:.b", "rfind", "s: i:100 i:-3", "-1"},
            {"s:\u00e9aaaa+", "startswith", "s:b\u00bdb i:2", "False"},
            {"s:\u00a0\u00dfab'9\u01c5", "isalpha", "", "False"},
            {"s:-\u01c5\u03a30\u4e00c\u03a3\u00df", "expandtabs", "", "'-\u01c5\u03a30\u4e00c\u03a3\u00df'"},
            {"s:9\u00df.\u03a3", "rstrip", "s:\015\012\ufb01a", "'9\u00df.\u03a3'"},
            {"s:y\u00a0A\u4e00\ufb01,B", "replace", "s: s:c i:1", "'cy\\xa0A\u4e00\ufb01,B'"},
            {"s:x", "rindex", "s:\ud83d\ude00 i:2", "!ValueError: substring not found"},
            {"s:\011\u03a3\u00df.\u0130", "ljust", "i:0", "'\\t\u03a3\u00df.\u0130'"},
            {"s:+1\u03a3-baba-\u4e00", "expandtabs", "i:3", "'+1\u03a3-baba-\u4e00'"},
            {"s:9\u4e00ab", "partition", "s:'.\u2028", "('9\u4e00ab', '', '')"},
            {"s:ybac\u01c5x9\012\011", "endswith", "s:0 i:100 i:100", "False"},
            {"s:aa\ufb01+a", "casefold", "", "'aafi+a'"},
            {"s:y\u4e00", "rsplit", "s:, i:1", "['y\u4e00']"},
            {"s:abaa\ufb01x0", "expandtabs", "i:3", "'abaa\ufb01x0'"},
            {"s:\u00df'+\ufb019+x", "isupper", "", "False"},
            {"s:,\ufb01\u03a3\015\012\u2028", "expandtabs", "i:1", "',\ufb01\u03a3\\r\\n\\u2028'"},
            {"s:bax9", "isascii", "", "True"},
            {"s:\ufb01\011Ab\013x\u03a3", "lower", "", "'\ufb01\\tab\\x0bx\u03c2'"},
            {"s:1ba", "title", "", "'1Ba'"},
            {"s:0a\u00df+\u03a3\011\u4e00", "rjust", "i:0 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:1b\012", "rpartition", "s:ab", "('', '', '1b\\n')"},
            {"s:+1\u00df\ud83d\ude00", "zfill", "i:3", "'+1\u00df\ud83d\ude00'"},
            {"s:+\013\0121\u00a0c", "replace", "s: s:\u4e00 i:2", "'\u4e00+\u4e00\\x0b\\n1\\xa0c'"},
            {"s:\u00df\u00df.-,ab1", "rindex", "s:B n: i:1", "!ValueError: substring not found"},
            {"s:\u00e91\011aa\u00bd\015\012\015\012\u01c5", "rsplit", "", "['\u00e91', 'aa\u00bd', '\u01c5']"},
            {"s:", "rstrip", "", "''"},
            {"s:-\u00df'_", "zfill", "i:3", "\"-\u00df'_\""},
            {"s:", "rfind", "s: i:-1", "0"},
            {"s:Ax\012\u4e00\011+\015\012", "index", "s:", "0"},
            {"s:", "expandtabs", "", "''"},
            {"s:\u00dfBA\011\015\012", "rsplit", "", "['\u00dfBA']"},
            {"s:\u00b2x\u00a0b", "center", "i:-2 s:*", "'\u00b2x\\xa0b'"},
            {"s:91", "find", "s:_9\ud83d\ude00 i:0", "-1"},
            {"s:A\013,", "isascii", "", "True"},
            {"s:\u00bd\u00b2.\013axB\u00df", "index", "s: i:2 i:-3", "2"},
            {"s:\u0130a0\u03a3\u00a0aaa", "count", "s:\015\012 i:5", "0"},
            {"s:9.\u00a0+\u03a3\011", "removeprefix", "s:\ud83d\ude00", "'9.\\xa0+\u03a3\\t'"},
            {"s:", "split", "n: i:-1", "[]"},
            {"s:c,", "startswith", "s:", "True"},
            {"s:1,\013\u4e00\u4e00 ", "rsplit", "s:\001 i:2", "['1,\\x0b\u4e00\u4e00', '']"},
            {"s:1\u01c5\u20281ba\u00e9\u0130", "center", "i:0 s:\ud83d\ude00", "'1\u01c5\\u20281ba\u00e9\u0130'"},
            {"s:a9\u0130\u00e9", "removeprefix", "s:yB", "'a9\u0130\u00e9'"},
            {"s:", "find", "s:y\u00e9\ud83d\ude00 i:100 i:-100", "-1"},
            {"s:\u0130\u00bd\u00dfBa\u4e009", "center", "i:3 s:ab", "!TypeError: The fill character must be exactly one character long"},
            {"s:\u00a0\u0130", "capitalize", "", "'\\xa0i\u0307'"},
            {"s:AB9\u00bd", "rfind", "s:\015\012\ufb01-", "-1"},
            {"s:ba10\u03a3yb\013", "removeprefix", "s:+\015\012\u00a0", "'ba10\u03a3yb\\x0b'"},
            {"s:-", "rsplit", "s:9 i:0", "['-']"},
    };
}
