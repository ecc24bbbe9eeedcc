package dev.interleave.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Python-written halves of library modules (resources beside this class). A line
 * {@code #@line N} says the next line must be line N, so tracebacks through library code name
 * the same lines as CPython's own modules; the loader pads with blank lines to get there.
 */
final class LibrarySource {

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    /**
     * Each module compiled once for every run (a few ms saved per run and module): immutable
     * once published, since runs execute their own {@link PyCode#forRun copies} and number the
     * shared constants in tables of their own.
     */
    private static final Map<String, PyCode> COMPILED = new ConcurrentHashMap<>();

    private LibrarySource() {}

    /** The expanded text of resource {@code name} (e.g. "threading.py"). */
    static String text(String name) {
        return TEXTS.computeIfAbsent(name, LibrarySource::load);
    }

    /** Runs the module's Python half in its namespace; its file name is the Debian path. */
    static void exec(Interpreter in, PyModule m, String name) {
        exec(in, m, name, false);
    }

    /**
     * Runs a Python half whose code, when {@code invisible}, stands for C code in CPython: its
     * frames are left out of tracebacks.
     */
    static void exec(Interpreter in, PyModule m, String name, boolean invisible) {
        PyCode code = COMPILED.computeIfAbsent(name, n -> {
            PyCode c = dev.interleave.lang.Compiler.compile(text(n), SourceFile.LIBRARY_DIR + n).shareConstants();
            if (invisible) {
                hide(c);
            }
            return c;
        });
        in.runModule(code.forRun(), m.dict());
    }

    private static void hide(PyCode code) {
        code.invisible = true;
        for (PyObject c : code.consts) {
            if (c instanceof PyCode inner) {
                hide(inner);
            }
        }
    }

    /** As {@link #exec(Interpreter, PyModule, String)}, under file name {@code fileName} (e.g. "<frozen runpy>"). */
    static void exec(Interpreter in, PyModule m, String name, String fileName) {
        PyCode code = dev.interleave.lang.Compiler.compile(text(name), fileName);
        in.runModule(code, m.dict());
    }

    private static String load(String name) {
        try (InputStream s = LibrarySource.class.getResourceAsStream(name)) {
            if (s == null) {
                throw new IllegalStateException("missing library source " + name);
            }
            return expand(new String(s.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expand(String raw, String name) {
        StringBuilder out = new StringBuilder();
        int line = 1;
        for (String l : raw.split("\n", -1)) {
            if (l.startsWith("#@line ")) {
                int want = Integer.parseInt(l.substring(7).trim());
                if (want < line) {
                    throw new IllegalStateException(name + ": #@line " + want + " is behind line " + line);
                }
                while (line < want) {
                    out.append('\n');
                    line++;
                }
                continue;
            }
            out.append(l).append('\n');
            line++;
        }
        return out.toString();
    }
}
