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

    /** Line {@code n} (1-based) without its end of line, or null. */
    public String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }
}
