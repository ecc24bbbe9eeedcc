package dev.interleave.vm;

import dev.interleave.engine.OutputSink;
import dev.interleave.lang.PySyntaxError;
import dev.interleave.machine.Machine;
import dev.interleave.machine.SimProcess;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands a program can run (subprocess, os.popen), each a new simulated process, child of
 * the caller: {@code echo}, {@code sleep}, {@code cat} and {@code python -c CODE} (a fresh
 * interpreter), directly or through {@code /bin/sh -c}. There is no file system: any other
 * command is not found, and {@code cat FILE} fails as cat does for a missing file.
 */
final class Commands {
    private Commands() {}

    /** Where a command's standard input reads from, or one of its outputs goes. */
    record Stream(BytePipe.End pipe, boolean devnull, boolean parentStderr) {
        static final Stream STDOUT = new Stream(null, false, false);
        static final Stream STDERR = new Stream(null, false, true);
        static final Stream DEVNULL = new Stream(null, true, false);
    }

    /** A started command: its process and the ends it holds. */
    static final class Launched {
        final List<BytePipe.End> ends = new ArrayList<>();

        /** Its process ended (or was killed): its ends close. */
        void closeAll() {
            for (BytePipe.End e : ends) {
                e.close();
            }
        }
    }

    /** Whether {@code argv0} names a command that exists here. */
    static boolean exists(Interpreter in, String argv0) {
        return kind(in, argv0) != null;
    }

    private static String kind(Interpreter in, String argv0) {
        String base = argv0;
        if (argv0.startsWith("/bin/") || argv0.startsWith("/usr/bin/")) {
            base = argv0.substring(argv0.lastIndexOf('/') + 1);
        } else if (argv0.contains("/")) {
            return argv0.equals(executable(in)) ? "python" : null;
        }
        return switch (base) {
            case "echo", "sleep", "cat", "sh" -> base;
            case "python", "python3", "python3.13" -> "python";
            default -> argv0.equals(executable(in)) ? "python" : null;
        };
    }

    private static String executable(Interpreter in) {
        PyModule sys = in.modules().get("sys");
        PyObject e = sys == null ? PyStr.EMPTY : sys.dict().getStr("executable");
        return e instanceof PyStr s ? s.value : null;
    }

    /**
     * Starts {@code argv} (which must exist) as a child of the running process; its streams are
     * set up by {@code wire} once the process exists (pipe ends owned by it).
     */
    static SimProcess start(Interpreter in, List<String> argv, java.util.function.Function<SimProcess, Stream[]> wire) {
        Machine m = in.machine();
        String kind = kind(in, argv.get(0));
        String name = kind.equals("sh") ? "sh" : argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            name = "python";
        }
        Interpreter child = kind.equals("python") || kind.equals("sh") ? in.spawnChild() : in.forkChild();
        SimProcess p = m.processes().create(name, child, child.mainThread(), "exec");
        Launched launched = new Launched();
        p.handle = launched;
        Stream[] io = wire.apply(p);
        for (Stream s : io) {
            if (s.pipe() != null) {
                launched.ends.add(s.pipe());
            }
        }
        m.processes().start(p, true, () -> {
            int code;
            try {
                code = run(in, child, argv, io[0], io[1], io[2]);
            } catch (ProcessExit e) {
                code = e.code;
            } finally {
                launched.closeAll();
            }
            return (code & 0xFF) << 8;
        });
        return p;
    }

    private static void write(Interpreter parent, Stream s, byte[] b) {
        if (s.devnull() || b.length == 0) {
            return;
        }
        if (s.pipe() != null) {
            // a reader gone: the command would die of SIGPIPE; here its output is dropped
            s.pipe().pipe.write(b);
            return;
        }
        String text = new String(b, StandardCharsets.UTF_8);
        if (s.parentStderr()) {
            parent.stderr(text);
        } else {
            parent.stdout(text);
        }
    }

    /** Reads all of a command's standard input (EOF at once when it is the program's own). */
    private static byte[] readAll(Stream s) {
        if (s.pipe() == null) {
            return new byte[0];
        }
        return s.pipe().pipe.readAll(-1, new ByteArrayOutputStream());
    }

    /** Runs the command on the child's main thread; returns its exit code. */
    private static int run(Interpreter parent, Interpreter child, List<String> argv, Stream stdin, Stream out,
            Stream err) {
        switch (kind(parent, argv.get(0))) {
            case "echo" -> {
                List<String> words = argv.subList(1, argv.size());
                boolean newline = true;
                if (!words.isEmpty() && words.get(0).equals("-n")) {
                    newline = false;
                    words = words.subList(1, words.size());
                }
                String line = String.join(" ", words) + (newline ? "\n" : "");
                write(parent, out, line.getBytes(StandardCharsets.UTF_8));
                return 0;
            }
            case "sleep" -> {
                return sleep(parent, child, argv, err);
            }
            case "cat" -> {
                int code = 0;
                List<String> files = argv.size() == 1 ? List.of("-") : argv.subList(1, argv.size());
                for (String f : files) {
                    if (f.equals("-")) {
                        write(parent, out, stdinBytes(stdin));
                    } else {
                        write(parent, err, ("cat: " + f + ": No such file or directory\n").getBytes(StandardCharsets.UTF_8));
                        code = 1;
                    }
                }
                return code;
            }
            case "sh" -> {
                return shell(parent, child, argv, stdin, out, err);
            }
            default -> {
                return python(parent, child, argv, out, err);
            }
        }
    }

    private static byte[] stdinBytes(Stream stdin) {
        return readAll(stdin);
    }

    private static int sleep(Interpreter parent, Interpreter child, List<String> argv, Stream err) {
        if (argv.size() < 2) {
            write(parent, err, "sleep: missing operand\nTry 'sleep --help' for more information.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return 1;
        }
        double total = 0;
        for (String a : argv.subList(1, argv.size())) {
            double secs;
            try {
                secs = a.matches("[0-9]*\\.?[0-9]+|[0-9]+\\.") ? Double.parseDouble(a) : Double.NaN;
            } catch (NumberFormatException e) {
                secs = Double.NaN;
            }
            if (Double.isNaN(secs)) {
                write(parent, err, ("sleep: invalid time interval ‘" + a + "’\nTry 'sleep --help' for more information.\n")
                        .getBytes(StandardCharsets.UTF_8));
                return 1;
            }
            total += secs;
        }
        child.machine().sleep((long) Math.ceil(total * 1e9));
        return 0;
    }

    /**
     * {@code /bin/sh -c STRING}: the string split into words as sh does for a simple command
     * (blanks, quotes, backslashes), then that command run in place of the shell (as dash
     * execs the last command); a command that does not exist: sh's message and status 127.
     */
    private static int shell(Interpreter parent, Interpreter child, List<String> argv, Stream stdin, Stream out,
            Stream err) {
        if (argv.size() < 3 || !argv.get(1).equals("-c")) {
            // sh reading commands from its standard input: the program's own (empty)
            return 0;
        }
        List<String> words = split(argv.get(2));
        if (words.isEmpty()) {
            return 0;
        }
        if (!exists(parent, words.get(0)) || kind(parent, words.get(0)).equals("sh") && words.size() > 1
                && !words.get(1).equals("-c")) {
            write(parent, err, ("/bin/sh: 1: " + words.get(0) + ": not found\n").getBytes(StandardCharsets.UTF_8));
            return 127;
        }
        return run(parent, child, words, stdin, out, err);
    }

    /** sh's word splitting for a simple command: blanks separate, quotes and backslashes quote. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
                continue;
            }
            if (w == null) {
                w = new StringBuilder();
            }
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                end = end < 0 ? s.length() : end;
                w.append(s, i + 1, end);
                i = end;
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length() && "\"\\$`".indexOf(s.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    w.append(s.charAt(i));
                    i++;
                }
            } else if (c == '\\' && i + 1 < s.length()) {
                w.append(s.charAt(++i));
            } else {
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    /** {@code python -c CODE ARGS...}: a fresh interpreter runs CODE as __main__, file "<string>". */
    private static int python(Interpreter parent, Interpreter child, List<String> argv, Stream out, Stream err) {
        int c = argv.indexOf("-c");
        if (c < 0 || c + 1 >= argv.size()) {
            write(parent, err, "Interleave runs only 'python -c CODE'\n".getBytes(StandardCharsets.UTF_8));
            return 2;
        }
        String source = argv.get(c + 1);
        List<String> sysArgv = new ArrayList<>();
        sysArgv.add("-c");
        sysArgv.addAll(argv.subList(c + 2, argv.size()));
        child.setArgv(sysArgv.toArray(new String[0]));
        ChildOutput sink = new ChildOutput(parent, out, err);
        child.redirectOutput(sink);
        PyCode code;
        try {
            code = dev.interleave.lang.Compiler.compile(source, "<string>");
        } catch (PySyntaxError e) {
            child.stderr(TracebackPrinter.formatSyntaxError("<string>", source, e));
            return 1;
        }
        PyModule main = new PyModule("__main__");
        PyDict g = main.dict();
        g.putStr("__name__", PyStr.of("__main__"));
        g.putStr("__builtins__", new PyModule("builtins", child.builtinsDict()));
        g.putStr("__doc__", PyNone.NONE);
        child.modules().put("__main__", main);
        try {
            child.runModule(code, g);
            child.runExitHooks();
            return 0;
        } catch (PyException e) {
            return ExitStatus.of(child, e.exc);
        } finally {
            sink.flush();
            ConnectionObject.closeAll(child);
        }
    }

    /**
     * A python command's stdout and stderr: stdout into a pipe (or /dev/null) is block-buffered
     * as CPython's is when not a terminal (out at 8 KiB, flush() or exit; lost if the process is
     * killed); stderr, and stdout to the program's own output, go out as written.
     */
    static final class ChildOutput implements OutputSink, java.io.Flushable {
        static final int BUFFER = 8192;
        private final Interpreter parent;
        private final Stream out;
        private final Stream err;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        ChildOutput(Interpreter parent, Stream out, Stream err) {
            this.parent = parent;
            this.out = out;
            this.err = err;
        }

        @Override
        public void stdout(String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            if (out.pipe() == null && !out.devnull()) {
                write(parent, out, b);
                return;
            }
            if (pending.size() + b.length > BUFFER) {
                flush();
            }
            pending.writeBytes(b);
        }

        @Override
        public void stderr(String text) {
            write(parent, err, text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            if (pending.size() > 0) {
                byte[] b = pending.toByteArray();
                pending.reset();
                write(parent, out, b);
            }
        }
    }
}
