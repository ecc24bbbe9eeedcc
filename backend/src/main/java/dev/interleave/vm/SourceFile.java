package dev.interleave.vm;

/** A program's file name and text, kept for tracebacks. */
public final class SourceFile {

    private final String name;
    private final String[] lines;

    public SourceFile(String name, String text) {
        this.name = name;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    public String name() {
        return name;
    }

    /** Where the engine's Python-written library modules say they live (as on Debian). */
    public static final String LIBRARY_DIR = "/usr/lib/python3.13/";

    /** Whether this is one of the engine's library modules rather than the program. */
    public boolean isLibrary() {
        return name.startsWith(LIBRARY_DIR) || name.startsWith("<frozen ") || name.equals("<string>");
    }

    /** Line {@code n} (1-based) without its end of line, or null. */
    public String line(int n) {
        if (name.startsWith("<frozen ")) {
            return null; // CPython shows no source for frozen modules
        }
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }
}
