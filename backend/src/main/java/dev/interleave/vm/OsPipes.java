package dev.interleave.vm;

import java.nio.charset.StandardCharsets;

/**
 * The os module's file-descriptor functions over {@link FdTable} and {@link BytePipe}: pipe,
 * read, write, close. A read blocks on an empty pipe until bytes come or every write end is
 * closed (EOF, b''); a write to a pipe nobody can read raises BrokenPipeError (CPython ignores
 * SIGPIPE). Descriptor 0 reads EOF, 1 and 2 write to the program's output, unbuffered.
 */
final class OsPipes {

    private OsPipes() {}

    static final PyBuiltinFunction[] NATIVES = {
        Methods.fn("pipe", (in, a, k) -> {
            ClinicArgs.none("posix.pipe", a, k, 0);
            var procs = in.machine().processes();
            BytePipe pipe = new BytePipe(in, Naming.assignedName(in.currentThread(), "pipe"));
            FdTable fds = FdTable.of(in);
            int r = fds.add(pipe.open(procs.current(), false));
            int w = fds.add(pipe.open(procs.current(), true));
            return PyTuple.of(PyInt.of(r), PyInt.of(w));
        }),
        Methods.fn("read", (in, a, k) -> {
            ClinicArgs.positional("read", a, k, 0, 2, 2);
            long fd = ClinicArgs.ssize(in, a[0]);
            long n = ClinicArgs.ssize(in, a[1]);
            if (n < 0) {
                throw OsModule.osError(in, Builtins.OS_ERROR, 22, "Invalid argument");
            }
            Object o = FdTable.of(in).get(in, fd);
            if (o == FdTable.STDIN) {
                return PyBytes.of(new byte[0]);
            }
            if (!(o instanceof BytePipe.End e) || e.write) {
                throw FdTable.badFd(in);
            }
            if (n == 0) {
                return PyBytes.of(new byte[0]);
            }
            return PyBytes.of(e.pipe.read((int) Math.min(n, Integer.MAX_VALUE), -1));
        }),
        Methods.fn("write", (in, a, k) -> {
            ClinicArgs.positional("write", a, k, 0, 2, 2);
            long fd = ClinicArgs.ssize(in, a[0]);
            if (!(a[1] instanceof PyBytes data)) {
                throw PyErr.typeError("a bytes-like object is required, not '" + a[1].type().name() + "'");
            }
            Object o = FdTable.of(in).get(in, fd);
            if (o == FdTable.STDOUT) {
                in.stdoutRaw(new String(data.value, StandardCharsets.UTF_8));
            } else if (o == FdTable.STDERR) {
                in.stderr(new String(data.value, StandardCharsets.UTF_8));
            } else if (!(o instanceof BytePipe.End e) || !e.write) {
                throw FdTable.badFd(in);
            } else if (!e.pipe.write(data.value)) {
                throw OsModule.osError(in, Builtins.BROKEN_PIPE_ERROR, 32, "Broken pipe");
            }
            return PyInt.of(data.value.length);
        }),
        Methods.fn("close", (in, a, k) -> {
            ClinicArgs.positional("close", a, k, 0, 1, 1);
            FdTable.of(in).close(in, ClinicArgs.ssize(in, a[0]));
            return PyNone.NONE;
        }),
    };
}
