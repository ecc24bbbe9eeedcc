package dev.interleave.vm;

import java.util.HashSet;
import java.util.Set;

/**
 * Warnings as CPython's default filters show them: to stderr, at a line of the program, once per
 * file, line and message (the {@code __warningregistry__} of the default action).
 */
final class Warnings {

    private Warnings() {}

    /** A DeprecationWarning at the program line that called the deprecated function (library frames skipped). */
    static void deprecated(Interpreter in, String message) {
        Frame f = in.currentThread().top();
        while (f != null && f.code().source.isLibrary()) {
            f = f.back();
        }
        show(in, f, "DeprecationWarning", message, "");
    }

    /**
     * A coroutine dropped before it ever ran (its value discarded by an expression statement:
     * CPython finalizes it there and then): RuntimeWarning at the line that dropped it.
     */
    static void unawaited(Interpreter in, PyGenerator coroutine) {
        show(in, in.currentThread().top(), "RuntimeWarning", "coroutine '" + coroutine.qualname
                + "' was never awaited", "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    }

    private static void show(Interpreter in, Frame f, String category, String message, String hint) {
        if (f == null) {
            return;
        }
        Set<String> shown = in.moduleState("warnings.once", HashSet::new);
        int line = f.line();
        String file = f.code().source.name();
        if (!shown.add(file + ":" + line + ":" + category + ":" + message)) {
            return;
        }
        String text = f.code().source.line(line);
        in.stderr(file + ":" + line + ": " + category + ": " + message + "\n"
                + (text == null ? "" : "  " + text.strip() + "\n") + hint);
    }
}
