package dev.interleave.cli;

import dev.interleave.engine.OutputSink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a program's output to two byte streams as UTF-8. Stdout is buffered; writing to stderr
 * first flushes stdout, so a traceback lands after the output that came before it.
 */
final class StreamSink implements OutputSink {

    private final Writer out;
    private final Writer err;

    StreamSink(OutputStream out, OutputStream err) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.err = new OutputStreamWriter(err, StandardCharsets.UTF_8);
    }

    @Override
    public void stdout(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stderr(String text) {
        try {
            out.flush();
            err.write(text);
            err.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out whatever is still buffered. */
    void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
