package dev.interleave.lang;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random token soups and mutations of valid programs: only PySyntaxError may escape, quickly. */
class ParserFuzzTest {
    private static final long SEED = 20240613L;
    private static final int MUTANTS_PER_SEED = 400;
    private static final int SOUPS = 1500;

    private static final List<String> SEEDS = List.of(
            "x = [i * 2 for i in range(10) if i % 2]\nprint(x, sep='')\n",
            "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    global g\n    return a + b\n",
            "class A(B, metaclass=M):\n    @property\n    def x(self):\n        yield from self._x\n",
            "try:\n    pass\nexcept (E, F) as e:\n    raise G from e\nelse:\n    pass\nfinally:\n    del a[0]\n",
            "async def main():\n    async with a as b, c:\n        await d\n    async for x in y:\n        pass\n",
            "s = f'{x!r:>{w}} {y=} {{z}}' + rb'\\d' + '''multi\nline'''\n",
            "with (open(p) as f, lock):\n    data = f.read()\n",
            "if (n := len(a)) > 10:\n    pass\nelif n:\n    x, *y = z\nelse:\n    lambda q, *r, **s: (q, r, s)\n",
            "import os.path as p\nfrom ..m import (a, b as c)\nassert x, 'msg'\n",
            "while True:\n    if x: break\n    else: continue\nd = {1: 2, **e}\ns = {*t}\n",
            "x = a if b else c\ny = not a and b or c\nz = a < b <= c is not d not in e\nw = -x ** ~y // z @ q\n",
            "def g():\n    nonlocal_ = 1\n    x = yield\n    return [*a, *b]\n");

    private static final String[] VOCAB = {
        "x", "y", "f", "def", "class", "if", "else", "elif", "for", "in", "while", "try", "except",
        "finally", "with", "as", "lambda", "yield", "await", "async", "return", "import", "from", "not",
        "and", "or", "is", "None", "True", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==",
        "+", "-", "*", "**", "/", "//", "@", ":=", "->", "...", "1", "0x1", "1.5", "'s'", "f'{", "}'",
        "\"\"\"", "\n", "\n    ", "\n\t", "\\\n", "#c\n", "!", "r", "b'", "global", "nonlocal", "del", "pass"};

    private static final String ALPHABET = "()[]{}:;,.=+-*/@!<>'\"\\#\n\t {}fbru0123456789xyz_ifelsedef\u00e9\u20ac";

    @Test
    void onlySyntaxErrorsEscape() {
        Random rnd = new Random(SEED);
        long start = System.nanoTime();
        int count = 0;
        for (String seed : SEEDS) {
            assertDoesNotThrow(() -> Parser.parse(seed, "seed.py"), seed);
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                check(mutate(seed, rnd));
                count++;
            }
        }
        for (int i = 0; i < SOUPS; i++) {
            check(soup(rnd));
            count++;
        }
        assertTrue(count >= 5000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 20_000, "fuzzing took " + millis + " ms");
    }

    private static void check(String src) {
        long t0 = System.nanoTime();
        try {
            Parser.parse(src, "fuzz.py");
        } catch (PySyntaxError e) {
            assertTrue(e.line() >= 0, src);
        } catch (Throwable t) {
            fail("unexpected " + t + " for input: " + src.replace("\n", "\\n"), t);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 2_000, "parse took " + millis + " ms for: " + src);
    }

    private static String mutate(String s, Random rnd) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(4);
        for (int k = 0; k < edits && sb.length() > 1; k++) {
            int i = rnd.nextInt(sb.length());
            switch (rnd.nextInt(5)) {
                case 0 -> sb.deleteCharAt(i);
                case 1 -> sb.insert(i, sb.charAt(i));
                case 2 -> {
                    int j = Math.min(sb.length() - 1, i + 1);
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(j));
                    sb.setCharAt(j, c);
                }
                case 3 -> sb.insert(i, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                default -> sb.insert(i, VOCAB[rnd.nextInt(VOCAB.length)]);
            }
        }
        return sb.toString();
    }

    private static String soup(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(VOCAB[rnd.nextInt(VOCAB.length)]).append(rnd.nextBoolean() ? " " : "");
        }
        return sb.toString();
    }

    @Test
    void deepNestingThatCPythonAcceptsParses() {
        for (String src : List.of("x = " + "-".repeat(3000) + "1", "x = " + "not ".repeat(3000) + "1",
                "x = " + "(".repeat(200) + ")".repeat(200), "x = " + "a.".repeat(5000) + "b",
                "x = " + "1+".repeat(5000) + "1", "x = " + "a if b else ".repeat(3000) + "1",
                "x = " + "2**".repeat(800) + "1", "x = " + "f(".repeat(190) + ")".repeat(190))) {
            assertDoesNotThrow(() -> Parser.parse(src, "deep.py"));
        }
    }

    @Test
    void absurdNestingIsASyntaxError() {
        assertThrows(PySyntaxError.class, () -> Parser.parse("x = " + "lambda: ".repeat(5000) + "1", "deep.py"));
        assertThrows(PySyntaxError.class, () -> Parser.parse("x = " + "2**".repeat(20000) + "1", "deep.py"));
        assertThrows(PySyntaxError.class, () -> Parser.parse("x = " + "[".repeat(201) + "]".repeat(201), "d.py"));
    }

    @Test
    void largeFileParsesQuickly() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("def f").append(i).append("(a, b=1, *c, **d):\n")
                    .append("    x = [i * 2 for i in range(a) if i % 3]\n")
                    .append("    y = {'k': f'{a!r:>10}', **d}\n")
                    .append("    if x and not y or b is None:\n")
                    .append("        return (x, y, a + b * 2 ** -1)\n")
                    .append("    for k, v in y.items():\n")
                    .append("        print(k, v, sep='', end='\\n')\n")
                    .append("    while a < b <= 10:\n")
                    .append("        a += 1\n")
                    .append("    return None\n");
        }
        String src = sb.toString();
        for (int i = 0; i < 20; i++) {
            Parser.parse(src, "big.py");
        }
        long t0 = System.nanoTime();
        Parser.parse(src, "big.py");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 500, "5000 lines took " + millis + " ms");
    }
}
